package org.practicekit.llm.phi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Dates by policy (issue 13, round 27b): a month of any calendar language after a day, an ordinal or a day written
 * out, a weekday with its day number, and a slash pair in a list where another pair is a date; an occasion's name, a
 * product, ratings in a list and a number before a capitalized word go out as written. Sentences invented for this
 * test, none from the dev file.
 */
class PhiDatesByPolicyRound27bTest {
    private final PhiProbe probe = new PhiProbe();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "o despejo ficou para o dia 2º de junho | 2º de junho",
        "on s'est disputés le premier juin, chez ma mère | premier juin",
        "sono uscita dall'ospedale il primo agosto | primo agosto",
        "мене побили 9 листопада біля школи | 9 листопада",
        "нас выселили двадцатого февраля | двадцатого февраля",
        "suspended 4/3, 4/10 and 17/4 for fighting | 4/3",
    })
    void aDateOfTheClassStaysOffTheWire(String text, String value) {
        assertThat(probe.sentThroughGuard(text)).doesNotContain(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "ate 3 Mars bars at the movies",
        "the pain went 4/10, 5/10 and then 8/10",
        "her mom wants to do Cinco de Mayo at the house",
    })
    void notADateGoesOutAsWritten(String text) {
        assertThat(probe.sentThroughGuard(text)).isEqualTo(text);
    }
}
