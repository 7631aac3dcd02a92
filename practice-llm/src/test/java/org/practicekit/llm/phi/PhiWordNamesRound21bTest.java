package org.practicekit.llm.phi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Capitalized given names that are also words (issue 13, round 21b): a name addressed at a sentence's start before a
 * comma and a pronoun or a request ("Ivy, can you"), after a greeting or thanks ("Thanks Hunter,"), and possessive
 * before an adjective of a relation ("Chase's older brother"). The same words as an oath, a season in an aside or a
 * word with no comma after it go out as written. Sentences invented for this test, none from the dev file.
 */
class PhiWordNamesRound21bTest {
    private final PhiProbe probe = new PhiProbe();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Hunter, I need you to pick up the boys by five | Hunter",
        "Autumn, please bring the signed release on Monday | Autumn",
        "Thanks Summer, that helped more than you know | Summer",
        "Hi Miles, running ten minutes late | Miles",
        "Brooks's older brother used to babysit me | Brooks",
    })
    void theAddressKeepsTheNameOffTheWire(String text, String value) {
        assertThat(probe.sentThroughGuard(text)).doesNotContainPattern("\\b" + value + "\\b");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Jesus, I thought I was going to die in that car",
        "Summer, I think, is when it gets worst for me",
        "Summer makes everything harder with the kids home",
        "Grace before meals was the only rule my dad kept",
        "Honestly, I do not know why I keep going back",
    })
    void theSameWordsAsWordsGoOutAsWritten(String text) {
        assertThat(probe.sentThroughGuard(text)).isEqualTo(text);
    }
}
