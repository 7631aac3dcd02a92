package org.practicekit.llm.phi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The places the detector still let through, read by policy in the place slot (issue 13, round 26): a person's name
 * in a street's slot is a street ("lives on Rosa Parks"), a payer's or agency's facility and the town after it are
 * where someone is seen ("the Kaiser urgent care", "the VA in Sheridan"), and a run of capitalized everyday words
 * after a word of living is a part of town ("grew up in Twin Oaks"). The same slots holding a person hung up on, a
 * payer by its brand, a nation or a hurricane go out as written. Sentences invented for this test, none from the
 * dev file.
 */
class PhiPlacesLeftRound26Test {
    private final PhiProbe probe = new PhiProbe();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "my grandma still lives on Rosa Parks by the laundromat | Rosa Parks",
        "he got pulled over on Frederick Douglass last night | Douglass",
        "we used to stay off ruben salazar near the bakery | salazar",
        "she was seen at the Kaiser urgent care for stitches | Kaiser urgent care",
        "his pills come from the VA in Sheridan now | Sheridan",
        "my uncle is inpatient at the kaiser in fontana | fontana",
        "he grew up in Twin Oaks and left at sixteen | Twin Oaks",
        "she lives over in Green Meadow with her dad | Green Meadow",
    })
    void theValueStaysOffTheWire(String text, String value) {
        assertThat(probe.sentThroughGuard(text)).doesNotContain(value);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "my grandma still lives on Rosa Parks by the laundromat | LOCATION:Rosa Parks",
        "she was seen at the Kaiser urgent care for stitches | LOCATION:the Kaiser urgent care",
        "he grew up in Twin Oaks and left at sixteen | LOCATION:Twin Oaks",
    })
    void theDetectorFindsTheWholePlace(String text, String expected) {
        assertThat(probe.found(text)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Kaiser denied the inpatient stay again",
        "the VA approved the caregiver stipend last week",
        "she renewed her plan through Kaiser online",
        "their house flooded in Hurricane Harvey and they moved",
        "she was raised in South Korea by her aunt",
        "we get the kids on MLK Day every year",
    })
    void theSameSlotWithAPublicWordGoesOutAsWritten(String text) {
        assertThat(probe.sentThroughGuard(text)).isEqualTo(text);
    }
}
