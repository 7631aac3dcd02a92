package org.practicekit.llm.phi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Round 27's slot policy (issue 13): a word of two letters, capitalized or not, standing where only a person stands
 * (the subject of a person's verb, one of a pair before a verb, after a relation, the object of a verb of contact) is
 * a person; an initial right after a relation is one; a person reported after "reports that" is one; a full name a
 * record shows ("the chart reads X") is no title of a book. Function words, fillers, abbreviations in capitals and
 * verbs in the same slots go out as written. Sentences invented for this test, none from the dev file.
 */
class PhiPersonSlotRound27Test {
    private final PhiProbe probe = new PhiProbe();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Mo said he would bring the forms by on monday | Mo",
        "Al yelled at the neighbors about the fence again | Al",
        "Vi and I are splitting the groceries this month | Vi",
        "me and ty argued about the car again | ty",
        "my wife K. doesnt know about the loan | K.",
        "Client reported that Tamsin shoved her brother into the door. | Tamsin",
        "The intake sheet reads Harold Vance as the next of kin. | Harold Vance",
    })
    void theNameStaysOffTheWire(String text, String value) {
        assertThat(probe.sentThroughGuard(text)).doesNotContain(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "OT called to reschedule the home visit",
        "my mom uh she wont answer the phone",
        "the kids go back to their dad on sunday",
        "So we said we would try again next week",
        "He read Pride and Prejudice twice this summer",
    })
    void theSameSlotWithAWordGoesOutAsWritten(String text) {
        assertThat(probe.sentThroughGuard(text)).isEqualTo(text);
    }
}
