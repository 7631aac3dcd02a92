package org.practicekit.llm.phi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Round 39 (issue 13): a word capitalized inside a sentence that no list holds is a name of someone or somewhere,
 * and capitalized vocabulary stays (docs/phi-detection.md, "Round 39: a capital inside a sentence marks a proper
 * noun"). Sentences written for the test, none from a dev or blind file; the round's dev file is
 * corpora/phi/dev-capitals-r39.txt. Each sentence of the first list went out as written on round 38's code.
 */
class PhiCapitalsRound39Test {
    private final PhiProbe probe = new PhiProbe();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // a nickname that is an everyday word on no name list, capitalized where the sentence is not
        "the only one who picks up is Chunky, he lives downstairs | Chunky",
        "Client said Tugboat from the halfway house threatened him. | Tugboat",
        // a street without a street word, an employer without "works at"
        "Her car got towed on Sycamore last night and she missed work. | Sycamore",
        "Client now does overnight security for Brinks and sleeps days. | Brinks",
        // "that" after a verb of feeling opens a clause: the capitalized word is its subject, no thing pointed at
        "Client is worried that Wren stopped eating again. | Wren",
    })
    void aCapitalNoListHoldsIsReplaced(String text, String value) {
        assertThat(probe.sentThroughGuard(text)).as(text).doesNotContain(value);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "We practiced Wise Mind before the family meeting.",
        "Client says the Serenity Prayer helps in the mornings.",
        "Client feels Hopeless most mornings.",
        "She works in Billing and hates the commute.",
        "Client told Mom about the relapse.",
        "Session held on Zoom because of the snow.",
        "Client is on Medicaid now and needs a new referral.",
        "Client prays to God every night.",
        "Client finished the DBT skills group last week.",
        "Client practiced Container exercise at home twice.",
        "Client practiced Chair work with the empty chair.",
        "Mood: Euthymic. Affect: Congruent.",
        "Client listened to Leaves on a Stream twice this week.",
        "Reviewed goals. Anxiety and Sleep discussed in session.",
        "Client started Couch to 5K this month.",
        "Client keeps a Gratitude list on her phone.",
        "Client speaks Tagalog with her grandmother.",
        "Client says Mercury retrograde explains her week.",
        "Client said Congress is making her anxious.",
        "Client is studying Biology at community college.",
        "Pt was seen for Intake today and signed the consent.",
    })
    void capitalizedVocabularyGoesOutAsWritten(String text) {
        assertThat(probe.sentThroughGuard(text)).isEqualTo(text);
    }

    @Test
    void theRoundsDevFileHoldsItsFigures() {
        PhiCorpusEvaluation e = PhiCorpusEvaluation.detectorAndGuard("dev-capitals-r39",
                PhiCorpus.corpus("dev-capitals-r39.txt"));
        // round 38's code: recall 0.870, 6 on the wire, 0 of 26 hard-negative snippets
        e.assertHolds(0.97, 1, 0, 0.0);
    }
}
