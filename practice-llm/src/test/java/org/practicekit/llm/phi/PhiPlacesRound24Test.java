package org.practicekit.llm.phi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Places by policy (issue 13, round 24): a street address in lower case read by its structure (a house number, one to
 * three name words and a USPS suffix), a name after a verb of moving or settling ("relocated to", "flew back to") in
 * the place slot's deny-by-default test and an acronym on a street ("over on MLK"). Counted phrases, programs, shows
 * and schedules in the same slots go out as written. Sentences invented for this test, none
 * from the dev file.
 */
class PhiPlacesRound24Test {
    private final PhiProbe probe = new PhiProbe();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "the new apartment is 2215 walnut grove ln, near the school | walnut grove",
        "drop the packet at 77 s kedzie ave please | kedzie",
        "she is staying at 1408 e 63rd st with her aunt | 1408",
        "her brother relocated to Kalamazoo last year | Kalamazoo",
        "they flew back to Tegucigalpa for the funeral | Tegucigalpa",
        "someone got robbed over on MLK near the store | MLK",
    })
    void theValueStaysOffTheWire(String text, String value) {
        assertThat(probe.sentThroughGuard(text)).doesNotContain(value);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "the new apartment is 2215 walnut grove ln, near the school | ADDRESS:2215 walnut grove ln",
        "drop the packet at 77 s kedzie ave please | ADDRESS:77 s kedzie ave",
    })
    void theDetectorFindsTheWholeAddress(String text, String expected) {
        assertThat(probe.found(text)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "it is only a 15 minute drive from here",
        "there is 1 more way to look at it",
        "we moved to Wednesdays at noon for group",
        "she has been on SSI since the accident",
        "he saw it on TV last night",
    })
    void theSameSlotWithAPublicWordGoesOutAsWritten(String text) {
        assertThat(probe.sentThroughGuard(text)).isEqualTo(text);
    }
}
