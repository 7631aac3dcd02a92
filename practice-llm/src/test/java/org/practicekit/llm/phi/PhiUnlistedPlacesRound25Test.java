package org.practicekit.llm.phi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Places no list holds, read by their slot (issue 13, round 25): a capitalized name after a lower-case "the" that
 * closes its phrase ("hangs out at the Foundry"), and a name ending in a place noun with no determiner ("at Bramble
 * pond", "off Rattler Hill"). A name modifying a noun, a title, a kind of facility and a setting capitalized alone
 * go out as written. Sentences invented for this test, none from the dev file.
 */
class PhiUnlistedPlacesRound25Test {
    private final PhiProbe probe = new PhiProbe();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "he buys from a guy who hangs out at the Foundry most nights | Foundry",
        "she was picked up outside the Crossroads by her cousin | Crossroads",
        "we used to sneak drinks at the Overlook after school | Overlook",
        "i nearly drowned at Bramble pond when i was nine | Bramble pond",
        "he wrecked his truck off Rattler Hill in the rain | Rattler",
        "she jogs around Heron Marsh trail before work | Heron Marsh",
    })
    void theValueStaysOffTheWire(String text, String value) {
        assertThat(probe.sentThroughGuard(text)).doesNotContain(value);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "he buys from a guy who hangs out at the Foundry most nights | LOCATION:the Foundry",
        "she was found near the Narrows by a jogger | LOCATION:the Narrows",
    })
    void theDetectorFindsTheWholePlace(String text, String expected) {
        assertThat(probe.found(text)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "she reads the Kabat-Zinn book at night and it helps",
        "we signed him up for the Medicare savings program",
        "they compared the divorce to The Godfather in session",
        "she was on the Safari browser when the portal crashed",
        "he is in Homeroom with kids who bully him",
        "he is stuck in Billing all day and hates it",
        "we walked to the dog park and sat by the lake",
        "she lives near a small lake with her kids",
    })
    void theSameSlotWithAPublicWordGoesOutAsWritten(String text) {
        assertThat(probe.sentThroughGuard(text)).isEqualTo(text);
    }
}
