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
import org.practicekit.notes.internal.InterventionSentences;

/**
 * Round 41: the intervention part's labelled lines ("Focus of X: ...", "Response to X: ...", "Overall response: ...",
 * "Response: ...") that readers take for prompt text pasted into the note. Every prompt of
 * {@code corpus/dev-labels-r41.jsonl} (written before the change) is drafted in the five formats
 * ({@code target/dev-labels-r41.md}); every draft passes the verifier.
 */
class ComposerInterventionsRound41Test {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-labels-r41.jsonl");

    private static final Pattern SECTION = Pattern.compile("^(?:\\*\\*[^*]+\\*\\*\\s*)?(?:[A-Z]: )?");

    static final Map<String, Predicate<String>> SHAPES = new LinkedHashMap<>();

    static {
        SHAPES.put("a \"Focus of X:\" line", s -> bare(s).startsWith("Focus of "));
        SHAPES.put("a \"Response to X:\" line", s -> bare(s).startsWith("Response to ") && bare(s).contains(": "));
        SHAPES.put("an \"Overall response:\" line", s -> bare(s).startsWith("Overall response: "));
        SHAPES.put("a \"Response:\" line", s -> bare(s).startsWith("Response: "));
    }

    private static String bare(String s) {
        return SECTION.matcher(s).replaceFirst("");
    }

    @Test
    void everyDevDraftPassesTheVerifier() throws IOException {
        List<String> flagged = ComposerResponseRound24Test.draftAndCount(DEV, "dev-labels-r41", "labels41.before",
                SHAPES);
        assertThat(flagged).isEmpty();
    }

    /** Every dev corpus counted with this round's shapes, only when asked ({@code -Dlabels41.all=<name>}). */
    @Test
    void everyDevCorpusCountedWhenAsked() throws IOException {
        DevCorporaShapes.whenAsked("labels41", SHAPES);
    }

    /** Every dev prompt is accepted. */
    @Test
    void noDevPromptIsRefused() {
        assertThat(PromptJson.refusals(DEV)).isEmpty();
    }

    /** A focus typed as a noun phrase with its own article is the object of the intervention's sentence, whole. */
    @Test
    void aFocusTypedAsANounPhraseIsTheObjectOfItsSentence() {
        assertThat(KeptWordChanges.soap(DEV, "lb41-01-np-article").text())
                .contains("used cognitive restructuring to focus on the thought that her coworkers think she is lazy.")
                .doesNotContain("Focus of");
    }

    /** A focus typed as the client's act in a sentence is that act, in the intervention's sentence, with "the client". */
    @Test
    void aFocusTypedAsTheClientsActIsSaidWithTheClientAsSubject() {
        assertThat(KeptWordChanges.soap(DEV, "lb41-05-sentence-focus").text())
                .contains("provided psychoeducation, in which the client asked why his heart races before meetings.")
                .doesNotContain("Focus of").doesNotContain("Client asked");
    }

    /**
     * Deny by default: a clause with someone else's act, a second piece, a name, a negation, a modal or a state keeps
     * the older reading (its labelled line), so no one else's act is given to the client and no piece moves apart.
     */
    @Test
    void whatIsNotOneNounPhraseOrTheClientsOneActIsNotTaken() {
        for (String typed : List.of("the client cried", "his mother left", "the mother yelling", "the kids need structure",
                "warning signs, coping", "the fear of not failing", "the talk with Sam", "the plan: steps")) {
            assertThat(InterventionSentences.focusObject(typed)).as(typed).isEmpty();
        }
        for (String typed : List.of("Mom described the night her father died.", "Client will order coffee at a cafe.",
                "Client was tearful about her son.", "Client described Sam's anger.", "Client did not talk about it.",
                "Client described the fight, mom cried.", "pt blames self for layoff.")) {
            assertThat(InterventionSentences.focusSentence(typed, "the client")).as(typed).isEmpty();
        }
        assertThat(InterventionSentences.focusObject("The night of the car accident"))
                .isEqualTo("the night of the car accident");
    }

    /**
     * The verifier reads the new sentences as it reads a labelled line: the composer's frame words pass (the clean
     * drafts), and a changed person, word, negation or number inside the typed words is caught.
     */
    @Test
    void aChangedWordPersonNegationOrNumberIsCaught() {
        KeptWordChanges.eachIsCaught(DEV, new String[][] {
                {"lb41-01-np-article", "her coworkers think", "his coworkers think"},
                {"lb41-01-np-article", "her coworkers think", "her mother thinks"},
                {"lb41-05-sentence-focus", "in which the client asked", "in which the client's father asked"},
                {"lb41-05-sentence-focus", "his heart races", "her heart races"},
                {"lb41-01-np-article", "she is lazy", "she is careless"},
                {"lb41-05-sentence-focus", "before meetings", "before exams"},
                {"lb41-05-sentence-focus", "the client asked why", "the client described why"},
                {"lb41-01-np-article", "she is lazy", "she is not lazy"},
                {"lb41-05-sentence-focus", "the client asked", "the client never asked"},
                {"lb41-05-sentence-focus", "races before meetings", "races before 2 meetings"},
                {"lb41-01-np-article", "the thought that", "the 3 thoughts that"},
                {"lb41-01-np-article", "to focus on the thought", "to focus on the thought, which the client denied,"}});
    }
}
