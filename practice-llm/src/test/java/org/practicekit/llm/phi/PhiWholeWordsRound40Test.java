package org.practicekit.llm.phi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.practicekit.llm.phi.internal.WholeTokens;

/**
 * Issue 13, round 40: a replacement takes the whole token it starts or ends inside, so no piece of a replaced value
 * (joined by a hyphen, an apostrophe, a period or nothing) goes out beside its placeholder; when the piece sits
 * between two placeholders the call is refused, naming the category. Each sentence of the first list sent a piece of
 * its value on main's code before this change. Hyphenated and apostrophe words nobody replaced, possessives and a
 * lower-case modifier hyphenated to a name go out as written. Sentences written for this test, none from a dev or
 * blind file.
 */
class PhiWholeWordsRound40Test {
    private final PhiProbe probe = new PhiProbe();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Client works the drive-thru at Chick-fil-A on Halsted. | fil",
        "Pt saw Tamsin2 online again. | 2 online",
        "Her ex lives in Coeur d'Alene with the kids. | Alene",
        "She texted keke-b about the party. | -b ",
    })
    void noPieceOfAReplacedValueIsSent(String text, String piece) {
        String sent = probe.sentThroughGuard(text);
        assertThat(sent).as(text).contains("[").doesNotContain(piece);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Reviewed the follow-up plan and the self-harm screen; X-ray results are pending.",
        "Her well-being improved once the e-mail reminders and Wi-Fi worked for telehealth.",
        "She wore the T-shirt from the 5K and talked about her ex-husband's co-parenting plan.",
    })
    void hyphenatedWordsNobodyReplacedGoOutAsWritten(String text) {
        assertThat(probe.sentThroughGuard(text)).isEqualTo(text);
    }

    @Test
    void aPossessiveAndAModifierStayBesideThePlaceholder() {
        assertThat(probe.sentThroughGuard("Pt saw R.J.'s post and relapsed."))
                .isEqualTo("Pt saw [PERSON_1]'s post and relapsed.");
        assertThat(probe.sentThroughGuard("Her ex-Marcus moved to the Dallas-based office."))
                .contains("-based office").doesNotContain("Marcus").doesNotContain("Dallas");
    }

    @Test
    void aPieceJoinedToAPlaceholderIsReplacedWithIt() {
        Set<String> own = Set.of("[LOCATION_1]", "[PERSON_2]");
        Map<String, Integer> refused = new TreeMap<>();
        String text = "works at [LOCATION_1]-fil-A and O'[PERSON_2] visits; [PERSON_2]'s car";
        var spans = WholeTokens.placeholderPieces(text, own::contains, refused);
        assertThat(spans).extracting(s -> s.textOf(text) + ":" + s.type())
                .containsExactly("[LOCATION_1]-fil-A:LOCATION", "O'[PERSON_2]:PERSON");
        assertThat(refused).isEmpty();
    }

    @Test
    void aPieceBetweenTwoPlaceholdersRefusesTheCallByCategory() {
        Set<String> own = Set.of("[PERSON_1]", "[LOCATION_2]");
        Map<String, Integer> refused = new TreeMap<>();
        String text = "seen at [PERSON_1]x[LOCATION_2] and [PERSON_1]-[LOCATION_2] and [SOMEONE_9]-b";
        assertThat(WholeTokens.placeholderPieces(text, own::contains, refused)).isEmpty();
        assertThat(refused).isEqualTo(Map.of("PERSON", 1));
    }

    @Test
    void theRoundsDevFileHoldsItsFigures() {
        PhiCorpusEvaluation e = PhiCorpusEvaluation.detectorAndGuard("dev-whole-words-r40",
                PhiCorpus.corpus("dev-whole-words-r40.txt"));
        // main's code before this change: 4 of 56 labels on the wire, 3 sent in part, 1 of them joined to its
        // placeholder ("[LOCATION_1]-fil-A"), 1 of 24 hard-negative snippets replaced
        assertThat(e.sentInToken).as(e.summary()).isZero();
        assertThat(e.sentInPart).as(e.summary()).isLessThanOrEqualTo(2);
        e.assertHolds(0.80, 4, 0, 0.05);
    }
}
