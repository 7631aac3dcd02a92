package org.practicekit.llm.phi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Round 40 (issue 13, precision): public words that look like identifiers and that the sentence itself reads as
 * public, a word spoken of as a word, a payer reached by a call, a titled handout or work, go out
 * as written; the same words used as someone's name stay replaced (docs/phi-detection.md, "Round 40: public words
 * the sentence reads as words"). Sentences written for the test, none from a dev or blind file; the round's dev file
 * is corpora/phi/dev-public-words-r40.txt. Each sentence of the first list had a placeholder on round 39's code.
 */
class PhiPublicWordsRound40Test {
    private final PhiProbe probe = new PhiProbe();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        // a word spoken of as a word, a feeling or a value
        "We explored Peace as a feeling she rarely allows herself.",
        "Client named Honesty as the value she wants to live by.",
        // a listed payer or program reached by mail or phone
        "She emailed Medi-Cal to ask about her renewal.",
    })
    void aPublicWordTheSentenceReadsAsPublicGoesOutAsWritten(String text) {
        assertThat(probe.sentThroughGuard(text)).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Called Magellan about the authorization for more sessions.",
        "Reviewed the Window of Tolerance handout together.",
        "Client picked \"Gratitude\" as her word for the week.",
    })
    void publicWordsThatAlreadyWentOutStillDo(String text) {
        assertThat(probe.sentThroughGuard(text)).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // the same words after a relation, a title or with a surname stay someone's name
        "Client's aunt Hope drove her to group. | Hope",
        "Client's son Chase fell asleep in the waiting room. | Chase",
        "He takes the bus with his friend Jordan every morning. | Jordan",
        "Client's daughter Joy as a toddler was fearless. | Joy",
        "Ms. Grace Holloway called about the bill. | Holloway",
        "Client works at Target on weekends. | Target",
        "Client texted Faith as soon as the panic started. | Faith",
        // an event someone attends is no titled work; a route ridden stays a place (round 13)
        "They went to the Portland Timbers game on his birthday. | Portland",
        "She rides the Q train to the clinic and counts stops. | Q",
    })
    void theSameWordUsedAsANameIsReplaced(String text, String value) {
        assertThat(probe.sentThroughGuard(text)).as(text).doesNotContain(value);
    }

    @Test
    void theRoundsDevFileHoldsItsFigures() {
        PhiCorpusEvaluation e = PhiCorpusEvaluation.detectorAndGuard("dev-public-words-r40",
                PhiCorpus.corpus("dev-public-words-r40.txt"));
        // round 39's code: 0 of 20 labels on the wire, hard negatives replaced in 14 of 27 snippets (51.9 %); the
        // file's four transit routes are hard negatives there but places by round 13's policy, so 8 remain
        e.assertHolds(1.0, 0, 0, 0.30);
    }
}
