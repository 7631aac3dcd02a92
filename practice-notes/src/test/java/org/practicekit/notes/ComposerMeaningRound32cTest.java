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
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.testing.TestClock;

/**
 * Round 32c: who acts in a risk or medication line. A status word in the safety-plan, follow-up or actions field
 * ("declined", "refused", "would not engage") is the client's act or a state, never the clinician's; a gerund before a
 * noun ("fishing knife", "sleeping pills") names a thing, never the client's deed; a parenthesis in a medication line
 * ("pt self-discontinued 3/2", "stopped by PCP") keeps the actor it names. Every dev prompt
 * ({@code corpus/dev-meaning-r32c.jsonl}, written before the change) is drafted in the five formats
 * ({@code target/dev-meaning-r32c.md}); every draft passes the verifier.
 */
class ComposerMeaningRound32cTest {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-meaning-r32c.jsonl");

    static final Pattern CLINICIAN_REFUSED = Pattern.compile(
            "\\b(?:[Tt]his (?:clinician|therapist|writer|counselor)|[Tt]he clinician|I)\\b[^.]*\\b(?:declined|refused|would not engage|was unable to commit)\\b");
    static final Pattern GERUND_AS_DEED = Pattern.compile(
            "\\b(?:[Tt]he client|[Tt]he patient|[Hh]e|[Ss]he|[Tt]hey) (?:fished|slept|cleaned|hunted|sewed|worked|climbed|drank|gambled|ran|camped|walked)\\b");
    static final Pattern CLIENT_WAS_STOPPED = Pattern.compile(
            "\\b(?:[Tt]he client|[Tt]he patient) was (?:stopped|self-discontinued|discontinued|restarted)\\b");

    static final Map<String, Predicate<String>> SHAPES = new LinkedHashMap<>();

    static {
        SHAPES.put("the clinician given the client's refusal", s -> CLINICIAN_REFUSED.matcher(s).find());
        SHAPES.put("a gerund before a noun said as a deed", s -> GERUND_AS_DEED.matcher(s).find());
        SHAPES.put("the client given another's stop", s -> CLIENT_WAS_STOPPED.matcher(s).find());
    }

    @Test
    void everyDevDraftPassesTheVerifier() throws IOException {
        List<String> flagged = ComposerResponseRound24Test.draftAndCount(DEV, "dev-meaning-r32c", "meaning32c.before",
                SHAPES);
        // Two prompts are flagged by checks outside this round's class, before and after the change (docs/notes.md,
        // "Round 32c"): "hx of cutting" said as a risk of self-harm, and a medication "held ... pending labs" read as
        // conditional. Every other draft passes.
        assertThat(flagged).allMatch(f -> f.startsWith("m32c-18-") || f.startsWith("m32c-29-"));
    }

    @Test
    void noDevDraftGivesAnActToTheWrongActor() throws IOException {
        List<String> lines = ComposerResponseRound24Test.keptLines(DEV, "dev-meaning-r32c", "meaning32c.before", SHAPES);
        assertThat(lines).isEmpty();
    }

    /** What a reader sees: the client's answer with the client as its subject, a thing named as typed. */
    @Test
    void eachActIsSaidWithItsActor() {
        assertThat(draft("m32c-01-sp-declined").text()).contains("The client declined the safety plan.")
                .doesNotContain("clinician declined");
        assertThat(draft("m32c-04-sp-wouldnt-engage").text()).contains(
                "The client would not engage in safety planning.");
        assertThat(draft("m32c-06-sp-partial").text()).contains("The safety plan was partially completed.");
        assertThat(draft("m32c-09-fu-refused-iop").text()).contains("The client refused IOP referral.");
        assertThat(draft("m32c-10-act-declined-er").text()).contains("The client declined voluntary ED evaluation.")
                .contains("The safety plan was updated.");
        // Deny by default: more than one clause the client answers stays after its label.
        assertThat(draft("m32c-12-sp-declined-low").text()).contains("Safety plan: Declined; states no need.")
                .doesNotContain("stated no need");
        assertThat(draft("m32c-15-means-sleeping-pills").text()).contains("sleeping pills in nightstand")
                .doesNotContain("slept");
        assertThat(draft("m32c-17-means-hunting-rifle").text()).contains("hunting rifle at father's house")
                .doesNotContain("hunted");
        assertThat(draft("m32c-26-med-pt-self-dc").text()).contains("sertraline 50 mg (pt self-discontinued 3/2)")
                .doesNotContain("was self-discontinued");
        assertThat(draft("m32c-32-med-mom-stopped").text()).contains(
                "methylphenidate 18 mg (mom stopped over summer)").doesNotContain("mom was stopped");
        // A stop typed with its actor after "by" is still said whole.
        assertThat(draft("m32c-27-med-stopped-by-pcp").text()).contains(
                "Bupropion XL 150 mg was stopped by the PCP 2 wks ago.");
    }

    /** An answer changed into its opposite is caught. */
    @Test
    void aChangedAnswerIsCaught() {
        DraftVerifier verifier = DraftVerifier.standard();
        // Not yet caught: the clinician given the client's answer ("This clinician declined the safety plan."); a
        // verifier reading of it flagged clean drafts of the check sets and was withdrawn (docs/notes.md, "Round 32c").
        String[][] changes = {{"m32c-01-sp-declined", "The client declined", "The client completed"},
                {"m32c-09-fu-refused-iop", "refused IOP", "accepted IOP"}};
        for (String[] change : changes) {
            NoteDraft clean = draft(change[0]);
            assertThat(verifier.verify(clean).findings()).as(change[0]).isEmpty();
            String sentence = clean.sections().stream().flatMap(x -> x.sentences().stream()).map(DraftSentence::text)
                    .filter(t -> t.contains(change[1])).findFirst().orElseThrow();
            NoteDraft planted = ComposerLinesRound20Test.replaced(clean, sentence, sentence.replace(change[1],
                    change[2]));
            assertThat(verifier.verify(planted).passed()).as(change[0] + ": " + change[2]).isFalse();
        }
    }

    static NoteDraft draft(String id) {
        return draft(id, NoteFormat.SOAP);
    }

    static NoteDraft draft(String id, NoteFormat format) {
        SessionPrompt prompt = ComposerResponseRound24Test.prompt(DEV, id);
        return OfflineNoteDrafter.builder().clock(TestClock.at("2026-12-06T12:00:00Z")).audit(new InMemoryAuditLog())
                .build().draft(prompt, format, StyleProfile.defaults());
    }
}
