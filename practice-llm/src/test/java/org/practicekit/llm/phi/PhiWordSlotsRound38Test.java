package org.practicekit.llm.phi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Round 38 (issue 13): names that are also words, brands, places or initials, read by the slot only a person fills
 * (docs/phi-detection.md, "Round 38: names that are words, read by the slot a person fills"). Sentences written for
 * the test, none from a dev or blind file; the round's dev file is corpora/phi/dev-word-names-r38.txt.
 */
class PhiWordSlotsRound38Test {
    private final PhiProbe probe = new PhiProbe();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // the given-name lists are written without accents: a name with them is looked up without them, and a
        // given name at a Spanish or Portuguese sentence's start before a verb of speaking is no word of the language
        "Rocío dijo que ya no quiere volver a la escuela. | Rocío",
        "Ángel llamó para cancelar la cita. | Ángel",
        // a vocative asked to reach the writer, whatever word it is
        "Biscuit, call me back when you can, it's about the lease. | Biscuit",
        "Pickle, its me, pick up | Pickle",
        "Waffles, text me when you land. | Waffles",
        // initials a pair, a contact verb or a possessive relation makes a person
        "me and CJ are done for real | CJ",
        "Texted TJ and he said he would come. | TJ",
        "KC's dad has been calling the school every day. | KC",
        // a brand or a car make before a possessive relation
        "Chevy's grandpa picks her up from school now. | Chevy",
        // a country a pronoun takes up as a person
        "Asia said she doesn't want to go back to her dad's. | Asia",
        // a nickname with his or her own relation before the pair's verb
        "Gumbo and his sister are staying with the client this week. | Gumbo",
    })
    void aPersonInTheirSlotIsReplaced(String text, String value) {
        assertThat(probe.sentThroughGuard(text)).as(text).doesNotContain(value);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Perfect, call me then.",
        "Great, text me the address when you have it.",
        "Tomorrow, call me first thing.",
        "Honestly, call me crazy but I miss him.",
        "Work and her kids are a lot for her right now.",
        "Client described justice as the value she cares about most.",
        "La soledad me duele más de noche.",
        "Hoy dijo el médico que todo va bien.",
        "Ella dijo que no viene el martes.",
        "Client drives a Porsche and talks about cars to calm down.",
        "PT's notes say the knee is better.",
        "Disney's family films are her favorite thing to watch with the kids.",
        "I will call the school tomorrow.",
    })
    void theSameWordAsAWordGoesOutAsWritten(String text) {
        assertThat(probe.sentThroughGuard(text)).isEqualTo(text);
    }

    @Test
    void theRoundsDevFileHoldsItsFigures() {
        PhiCorpusEvaluation e = PhiCorpusEvaluation.detectorAndGuard("dev-word-names-r38",
                PhiCorpus.corpus("dev-word-names-r38.txt"));
        // round 37's code: recall 0.914, 5 on the wire, 1 of 25 hard-negative snippets (4.0 %)
        e.assertHolds(0.98, 1, 0, 0.0);
    }
}
