package org.practicekit.llm.phi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Round 28's policy (issue 13): a given name of the SSA list standing where only people stand (the subject of a verb
 * of saying, feeling or deciding, after a relation, one of a pair before a verb, the object of a verb of contact) is
 * a person whatever else the word is: an English word, a drug brand, a character, an eponym, a month. Where the other
 * reading's own slot shows (a drug taken, a disease after an eponym, an abstract subject of "is"), the word goes out
 * as written. Sentences invented for this test, none from the dev file.
 */
class PhiPersonWhateverElseRound28Test {
    private final PhiProbe probe = new PhiProbe();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Yasmin confessed she skipped the last two appointments | Yasmin",
        "my stepdaughter lyrica is refusing to visit on weekends | lyrica",
        "Tiana promised she would call the school herself | Tiana",
        "melody keeps saying the landlord is out to get her | melody",
        "Moana apologized to her father after the fight | Moana",
        "Addison insisted she was fine to drive | Addison",
    })
    void theNameStaysOffTheWire(String text, String value) {
        assertThat(probe.sentThroughGuard(text)).doesNotContain(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "She took a Lyrica at noon and the pain eased",
        "Hope is hard to hold on to some weeks",
        "His thyroid labs point to Addison's disease per the endocrinologist",
        "Summer was rough with the kids home every day",
        "I will call the pharmacy about the refill",
        "he keeps the mystery books his grandpa read",
    })
    void theOtherReadingInItsOwnSlotGoesOutAsWritten(String text) {
        assertThat(probe.sentThroughGuard(text)).isEqualTo(text);
    }
}
