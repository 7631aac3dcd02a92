package org.practicekit.llm.phi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Round 41 (issue 13, precision): a brand spelled like a name before what it sells, a character named beside its
 * work, and a listed payer, clearinghouse or EAP vendor that a claim went through go out as written; the same words
 * used as someone's name stay replaced (docs/phi-detection.md, "Round 41: brands before what they sell, characters
 * beside their work, vendors a claim went through"). Sentences written for the test, none from a dev or blind file;
 * the round's dev file is corpora/phi/dev-public-words-r41.txt. Each sentence of the first list had a placeholder on
 * round 40's code.
 */
class PhiPublicWordsRound41Test {
    private final PhiProbe probe = new PhiProbe();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        // a brand spelled like a name, right before one of the things it sells
        "She laced up her Brooks running shoes for the first walk in a month.",
        "His new Jordan sneakers went missing from the gym bag.",
        "A silver Tacoma pickup followed her home twice, she believes.",
        "Chase bank closed the account after the fraud report.",
        // a character beside the work it comes from
        "Her son is obsessed with Elsa from Frozen and sings all day.",
        "She has been rewatching Ted Lasso and identifies with Keeley.",
        // a listed clearinghouse or EAP vendor that a claim or an authorization went through
        "The corrected claim was resubmitted via Availity this morning.",
        "EAP authorization for six sessions came via ComPsych.",
    })
    void aPublicWordTheSentenceReadsAsPublicGoesOutAsWritten(String text) {
        assertThat(probe.sentThroughGuard(text)).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // the same words as someone's name or place: after a relation, after a verb of giving, where someone works
        "Her cousin Brooks running shoes into the hallway was a joke. | Brooks",
        "She gave Jordan sneakers for his birthday. | Jordan",
        "Her nephew works at Chase bank downtown and hates it. | Chase",
        // a given name with no work in the sentence, a companion rather than a character, a town after "in"
        "She identifies with Keeley more than with her mother. | Keeley",
        "Pt watched Frozen with Elsa, her neighbor from upstairs. | Elsa",
        "Her daughter Elsa from Frozen fame dresses up every day. | Elsa",
        "Ivan in Saint Paul calls his mother every Sunday. | Ivan",
        // a company that is the employer's plan, or a vendor with no claim in the sentence
        "The EAP is through Microsoft, where her husband Dmitri Volkov works. | Dmitri",
        "Referred via Marcus for an intake next week. | Marcus",
    })
    void theSameWordUsedAsANameIsReplaced(String text, String value) {
        assertThat(probe.sentThroughGuard(text)).as(text).doesNotContain(value);
    }

    @Test
    void theRoundsDevFileHoldsItsFigures() {
        PhiCorpusEvaluation e = PhiCorpusEvaluation.detectorAndGuard("dev-public-words-r41",
                PhiCorpus.corpus("dev-public-words-r41.txt"));
        // round 40's code: 0 of 12 labels on the wire, hard negatives replaced in 9 of 59 snippets (15.3 %)
        e.assertHolds(1.0, 0, 0, 0.153);
    }
}
