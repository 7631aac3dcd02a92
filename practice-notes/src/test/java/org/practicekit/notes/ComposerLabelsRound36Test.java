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
 * Round 36: the responses, evidence and focus still written behind a label. Every dev prompt
 * ({@code corpus/dev-labels-r36.jsonl}, written before the change) is drafted in the five formats
 * ({@code target/dev-labels-r36.md}, counts in {@code target/dev-labels-r36-counts.txt}).
 */
class ComposerLabelsRound36Test {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-labels-r36.jsonl");

    /** "Response to X:" with the clinician's words after it. */
    static final Pattern RESPONSE_LABEL = Pattern.compile("\\bResponse to [^.:]{1,80}: ");
    /** "Evidence for the (second) goal:" with the clinician's words after it. */
    static final Pattern EVIDENCE_LABEL = Pattern.compile("\\bEvidence for the [^.:]{1,40}: ");
    /** "Focus of X:" / "Focus:" with the clinician's words after it. */
    static final Pattern FOCUS_LABEL = Pattern.compile("\\bFocus(?: of [^.:]{1,80})?: ");
    /** "In response to X" with no subject after it: a fragment pasted after the frame. */
    static final Pattern IN_RESPONSE_FRAGMENT = Pattern.compile("\\bIn response to [^,:]{1,80}[,:] (?!(?:the|[Tt]his|"
            + "both|he|she|they|I|we|each|[A-Z][A-Za-z0-9-]* (?:and|[a-z]+ed|rose|fell|stayed|was|were|said|stated|"
            + "reported))\\b)");
    /** "This rating is based on" closing on a verb, an adjective or a fragment rather than a noun phrase. */
    static final Pattern BASIS_FRAGMENT = Pattern.compile("\\bThis rating is based on (?!having\\b|being\\b)(?:\\w+ed|"
            + "\\w+ing|still|up|down|back|went|got|ate|was|is|now|again)\\b");
    /** A question typed as a focus pasted into a sentence frame: a question mark that does not end the sentence. */
    static final Pattern QUESTION_INSIDE = Pattern.compile("\\?(?!\\s*$)|\\?[^\"]*\\.$");

    static final Map<String, Predicate<String>> SHAPES = new LinkedHashMap<>();

    static {
        SHAPES.put("\"Response to X:\" label", s -> RESPONSE_LABEL.matcher(s).find());
        SHAPES.put("\"Evidence for\" label", s -> EVIDENCE_LABEL.matcher(s).find());
        SHAPES.put("\"Focus of X:\" label", s -> FOCUS_LABEL.matcher(s).find());
        SHAPES.put("\"In response to X,\" before a fragment", s -> IN_RESPONSE_FRAGMENT.matcher(s).find());
        SHAPES.put("\"This rating is based on\" before a fragment", s -> BASIS_FRAGMENT.matcher(s).find());
        SHAPES.put("a question mark inside a sentence", s -> QUESTION_INSIDE.matcher(s).find());
    }

    @Test
    void everyDevDraftPassesTheVerifier() throws IOException {
        List<String> flagged = ComposerResponseRound24Test.draftAndCount(DEV, "dev-labels-r36", "labels36.before",
                SHAPES);
        // Found on this file, not this class, and flagged on the code before too (with the focus typed as a noun,
        // where the prompt was accepted): "identified shelter options, accepted list" (the verifier gives "accepted" to
        // someone else) and "set alarm, planned breakfast" (the verifier reads "planned" over "set", as round 24 found
        // for "engaged, planned 3 walks"). Left alone and reported; nothing else is flagged.
        assertThat(flagged).allMatch(f -> f.startsWith("l36-22-s-stuck-crisis ") && f.contains("WRONG_ACTOR")
                || f.startsWith("l36-35-e-self-report ") && f.contains("NEGATION_MISMATCH"));
    }

    /** Every dev prompt is accepted: a question a question word opens, and a feeling, are focuses a note can say. */
    @Test
    void noDevPromptIsRefused() {
        assertThat(PromptJson.refusals(DEV)).isEmpty();
    }

    /** What a reader sees: the question as the clause it asks, the feeling as had, no question mark inside a sentence. */
    @Test
    void aQuestionOrAFeelingIsTheFocusSaidWhole() {
        assertThat(KeptWordChanges.soap(DEV, "l36-09-q-whether-call-ex").text())
                .contains("focused on whether to contact ex-partner tonight").doesNotContain("?").doesNotContain("Focus");
        assertThat(KeptWordChanges.soap(DEV, "l36-05-q-why-skipping-meds").text())
                .contains("focused on why the client keeps skipping evening dose").doesNotContain("?");
        assertThat(KeptWordChanges.soap(DEV, "l36-13-s-overwhelmed-caregiving").text())
                .contains("on feeling overwhelmed regarding caring for the client's father with dementia.")
                .doesNotContain("overwhelming");
        assertThat(KeptWordChanges.soap(DEV, "l36-19-s-guilty-grief").text())
                .contains("on feeling guilty over not visiting mother in hospice.");
        assertThat(KeptWordChanges.soap(DEV, "l36-10-q-why-sleep-slips").text())
                .contains("The client was asleep by midnight 2 of 7 nights.").doesNotContain("Evidence for");
        assertThat(KeptWordChanges.soap(DEV, "l36-21-s-restless-withdrawal").text())
                .contains("focused on feeling restless and irritable in early withdrawal.");
    }

    /** Deny by default: a yes/no question and a state that is no feeling are still refused for the focus. */
    @Test
    void aQuestionOrStateNoFrameFitsIsStillRefused() {
        java.util.Set<String> none = java.util.Set.of();
        assertThat(org.practicekit.notes.internal.PhraseReader.problem("should she move out?",
                org.practicekit.notes.internal.PhraseReader.Slot.FOCUS, none)).contains("is a question");
        assertThat(org.practicekit.notes.internal.PhraseReader.problem("what triggers the tantrums?",
                org.practicekit.notes.internal.PhraseReader.Slot.CONCERN, none)).contains("is a question");
        assertThat(org.practicekit.notes.internal.PhraseReader.problem("whether to move? or stay?",
                org.practicekit.notes.internal.PhraseReader.Slot.FOCUS, none)).isNotEmpty();
        assertThat(org.practicekit.notes.internal.PhraseReader.problem("anxious",
                org.practicekit.notes.internal.PhraseReader.Slot.FOCUS, none)).contains("is an adjective");
        assertThat(org.practicekit.notes.internal.PhraseReader.problem("compliant",
                org.practicekit.notes.internal.PhraseReader.Slot.FOCUS, none)).contains("is an adjective");
    }

    /**
     * The verifier reads what is composed: in each new sentence shape (a question as the focus, a feeling as the focus)
     * a changed word, a negation and a swapped actor are each caught, while the clean draft passes.
     */
    @Test
    void aChangedWordNegationOrActorIsCaught() {
        KeptWordChanges.eachIsCaught(DEV, new String[][] {
                // the question
                {"l36-09-q-whether-call-ex", "whether to contact ex-partner tonight",
                        "whether to contact ex-partner tomorrow"},
                {"l36-01-q-whether-sober-party", "whether to go to cousin's wedding",
                        "whether to go to cousin's funeral"},
                {"l36-11-q-intake-whether-adhd", "whether attention problems predate college",
                        "whether attention problems do not predate college"},
                {"l36-09-q-whether-call-ex", "whether to contact ex-partner tonight",
                        "whether not to contact ex-partner tonight"},
                {"l36-05-q-why-skipping-meds", "why the client keeps skipping", "why the clinician keeps skipping"},
                {"l36-42-m-fam-why-refuses", "why daughter refuses to ride bus", "why the mother refuses to ride bus"},
                // the feeling
                {"l36-13-s-overwhelmed-caregiving", "feeling overwhelmed regarding caring for the client's father",
                        "feeling overwhelmed regarding caring for the client's mother"},
                {"l36-17-s-hopeless-job", "feeling hopeless about finding work", "feeling hopeful about finding work"},
                {"l36-14-s-ashamed-lapse", "feeling ashamed about lapse", "not feeling ashamed about lapse"},
                {"l36-19-s-guilty-grief", "feeling guilty over not visiting", "feeling guilty over visiting"},
                {"l36-18-s-nervous-school-return", "on feeling nervous about returning",
                        "on the mother feeling nervous about returning"},
                {"l36-16-s-irritable-partner", "on feeling resentful about uneven chores",
                        "on the wife's feeling resentful about uneven chores"},
                // the client's state as a goal's evidence
                {"l36-10-q-why-sleep-slips", "asleep by midnight 2 of 7 nights", "asleep by midnight 4 of 7 nights"},
                {"l36-10-q-why-sleep-slips", "asleep by midnight 2 of 7 nights", "asleep by 2am 2 of 7 nights"},
                {"l36-10-q-why-sleep-slips", "was asleep by midnight", "was not asleep by midnight"},
                {"l36-10-q-why-sleep-slips", "The client was asleep by midnight", "This clinician was asleep by midnight"},
                {"l36-10-q-why-sleep-slips", "The client was asleep by midnight",
                        "The client's sister was asleep by midnight"}});
    }
}
