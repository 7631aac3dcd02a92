package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Round 37: the concerns and the intervention lines a clinician writes as sentences, for each phrase type typed (a
 * noun phrase with what follows it, a verb phrase, a sentence, a fragment, a list). Every dev prompt ({@code
 * corpus/dev-concerns-r37.jsonl}, written before the change) is drafted in the five formats ({@code
 * target/dev-concerns-r37.md}, counts in {@code target/dev-concerns-r37-counts.txt}); every draft passes the verifier.
 */
class ComposerConcernsRound37Test {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-concerns-r37.jsonl");

    /** The software's own labels before the clinician's words, once a format's section label is taken off. */
    static final Pattern CONCERN_LINE = Pattern.compile("(?:\\*\\*[^*]+\\*\\*\\s*)?(?:[A-Z]: )?(?:Presenting|Other) "
            + "concerns: .*");
    static final Pattern DISCUSSED_LINE = Pattern.compile("(?:\\*\\*[^*]+\\*\\*\\s*)?(?:[A-Z]: )?(?:Concerns discussed|"
            + "Also discussed): .*");

    static final Map<String, Predicate<String>> SHAPES = new LinkedHashMap<>();

    static {
        SHAPES.put("\"Presenting/Other concerns:\" lines", s -> CONCERN_LINE.matcher(s).matches());
        SHAPES.put("\"Concerns discussed/Also discussed:\" lines", s -> DISCUSSED_LINE.matcher(s).matches());
        SHAPES.put("\"Focus of X:\" label", s -> ComposerLabelsRound36Test.FOCUS_LABEL.matcher(s).find());
        SHAPES.put("\"Response to X:\" label", s -> ComposerLabelsRound36Test.RESPONSE_LABEL.matcher(s).find());
        SHAPES.put("\"In response to X,\" before a fragment",
                s -> ComposerLabelsRound36Test.IN_RESPONSE_FRAGMENT.matcher(s).find());
    }

    @Test
    void everyDevDraftPassesTheVerifier() throws IOException {
        List<String> flagged = ComposerResponseRound24Test.draftAndCount(DEV, "dev-concerns-r37", "concerns37.before",
                SHAPES);
        assertThat(flagged).isEmpty();
    }

    /** Every dev prompt is accepted: each phrase type typed in these fields is something a note can say. */
    @Test
    void noDevPromptIsRefused() {
        assertThat(PromptJson.refusals(DEV)).isEmpty();
    }

    /**
     * A response typed as past deeds apart by commas, in a session of the client's own, is one sentence with its verbs
     * joined by "and", each deed as typed; a list whose first piece is no past deed keeps its line (deny by default).
     */
    @Test
    void deedsApartByCommasAreOneSentence() {
        assertThat(KeptWordChanges.soap(DEV, "c37-21-resp-stayed").text())
                .contains("the client stayed present with grounding and left calmer.")
                .doesNotContain("Response to");
        // A pronoun's or a person's piece is no deed list the join can say ("linked it to gaming": "an it").
        assertThat(KeptWordChanges.soap(ComposerLabelsRound36Test.DEV, "l36-10-q-why-sleep-slips").text())
                .doesNotContain("an it ");
        assertThat(KeptWordChanges.soap(DEV, "c37-05-vp-cant").text())
                .contains("Response to exposure therapy: completed 2 exits without checking, anxiety 7 then 3.");
    }

    /** "doesn't eat breakfast": the client's habit with its negation kept, said as what the client reported. */
    @Test
    void aDoNegationIsTheClientsReportedHabit() {
        assertThat(KeptWordChanges.soap(DEV, "c37-06-vp-negation").text())
                .contains("reported not eating breakfast").doesNotContain("Presenting concerns: doesn't");
    }

    /** A noun with how long or how often it happens ("lasting up to an hour") is a noun phrase a concern list takes. */
    @Test
    void aNounWithItsSpanIsListed() {
        assertThat(KeptWordChanges.soap(DEV, "c37-03-fam-np-participle").text())
                .contains("included nightly meltdowns lasting up to an hour")
                .doesNotContain("Presenting concerns: nightly");
    }

    /** The verifier reads the new sentences: a changed word or negation in each is caught, the clean draft passes. */
    @Test
    void aChangedWordOrNegationIsCaught() {
        KeptWordChanges.eachIsCaught(DEV, new String[][] {
                {"c37-21-resp-stayed", "stayed present with grounding", "stayed present with breathing"},
                {"c37-21-resp-stayed", "and left calmer", "and left angrier"},
                {"c37-21-resp-stayed", "the client stayed present", "the client did not stay present"},
                {"c37-06-vp-negation", "not eating breakfast", "eating breakfast"},
                {"c37-06-vp-negation", "not eating breakfast", "not eating dinner"},
                {"c37-03-fam-np-participle", "lasting up to an hour", "lasting up to two hours"},
                {"c37-03-fam-np-participle", "nightly meltdowns", "weekly meltdowns"}});
    }
}
