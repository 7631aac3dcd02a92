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
 * Round 33: who did it, and what is current. A deed keeps its actor (the client's refusal never the clinician's, a
 * partner's or a parent's act never the client's), a stop keeps its voice, a word before a noun in a means line names
 * a thing, a diagnosis or a treatment phase is never the client's report, a medication only considered is never
 * current, a verb keeps its object and a plural owner takes an apostrophe only. Every dev prompt
 * ({@code corpus/dev-meaning-r33.jsonl}, written before the change) is drafted in the five formats
 * ({@code target/dev-meaning-r33.md}); every draft passes the verifier.
 */
class ComposerMeaningRound33Test {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-meaning-r33.jsonl");

    private static final String CLIENT = "(?:[Tt]he client|[Tt]he patient|[Tt]he member)";

    /** The client's refusal written with the clinician as its subject. */
    static final Pattern CLINICIAN_REFUSED = Pattern.compile(
            "\\b(?:[Tt]his (?:clinician|therapist|writer|counselor)|[Tt]he clinician|I)\\b(?: \\w+)? (?:declined|refused)\\b");
    /** Another person's act (a partner's, a parent's, a peer's, the couple's together) given to the client. */
    static final Pattern OTHERS_DEED = Pattern.compile(CLIENT + " (?:declined to attend|stopped attending|missed"
            + " last|decided to separate|walked out|stopped giving|disclosed relapse|declined medication|drinks nightly)\\b"
            + "|" + CLIENT + " (?:stated|said|reported|shared)[^.]*\"he never listens");
    /** A stop said in the passive without its actor, or with the client as the one stopped. */
    static final Pattern PASSIVE_STOP = Pattern.compile(
            "\\b(?:was|were) (?:stopped|discontinued|self-discontinued|quit)\\b(?! by)|" + CLIENT
                    + " was (?:stopped|discontinued|self-discontinued)\\b");
    /** A participle before a thing in a means line read as the client's deed. */
    static final Pattern PARTICIPLE_AS_DEED = Pattern.compile(
            CLIENT + " (?:kept|stored|loaded|saved|hoarded)\\b");
    /** A diagnosis, a treatment phase or a clinician's finding written as what the client reported. */
    static final Pattern FINDING_AS_REPORT = Pattern.compile(
            "\\b(?:reported|stated|described|endorsed|shared|noted|presented with)\\b[^.]*\\b(?:disorder|GAD|AUD|MDD|"
                    + "PTSD|[Ww]eek \\d+ of|[Ss]ession \\d+ of|r/o|[Rr]ule out|pressured speech|UA positive)\\b");
    /** A medication only considered written as a current one; a bare "plan in place" at risk. */
    static final Pattern CONSIDERED_AS_CURRENT = Pattern.compile(
            "(?i)\\b(?:current medications?|takes|taking|is prescribed)\\b[^.]*\\b(?:discussed starting|considering|"
                    + "interested in trying|may be added|possible switch)\\b|(?:will|[Tt]he client|[Tt]he patient) (?:also )?"
                    + "(?:have |has )?(?:a )?plan in place\\b");
    /** A verb whose object is left out (a label's typed value aside). */
    static final Pattern VERB_WITHOUT_OBJECT = Pattern.compile(
            "(?<!: )\\b(?:[Tt]he client|[Tt]he patient|[Tt]hey|[Hh]e|[Ss]he|[Tt]he parents|[Bb]oth|I|husband|wife|partner)"
                    + "(?: \\w+)?(?: \\w+)? (?:completed|practiced|reviewed|reviewed and practiced)\\.|\\bagreed to"
                    + " (?:complete|practice|review)\\.");
    /** A plural owner given "'s". */
    static final Pattern PLURAL_POSSESSIVE = Pattern.compile(
            "\\b(?:parents|caregivers|partners|members|grandparents|families|siblings)'s\\b");

    static final Map<String, Predicate<String>> SHAPES = new LinkedHashMap<>();

    static {
        SHAPES.put("the clinician given the client's refusal", s -> CLINICIAN_REFUSED.matcher(s).find());
        SHAPES.put("another's deed given to the client", s -> OTHERS_DEED.matcher(s).find());
        SHAPES.put("a stop in the passive without its actor", s -> PASSIVE_STOP.matcher(s).find());
        SHAPES.put("a participle before a thing said as a deed", s -> PARTICIPLE_AS_DEED.matcher(s).find());
        SHAPES.put("a diagnosis, phase or finding as the client's report", s -> FINDING_AS_REPORT.matcher(s).find());
        SHAPES.put("a considered medication as current, or a bare plan in place",
                s -> CONSIDERED_AS_CURRENT.matcher(s).find());
        SHAPES.put("a verb without its object", s -> VERB_WITHOUT_OBJECT.matcher(s).find());
        SHAPES.put("a plural owner given 's", s -> PLURAL_POSSESSIVE.matcher(s).find());
    }

    @Test
    void everyDevDraftPassesTheVerifier() throws IOException {
        List<String> flagged = ComposerResponseRound24Test.draftAndCount(DEV, "dev-meaning-r33", "meaning33.before",
                SHAPES);
        assertThat(flagged).isEmpty();
    }

    @Test
    void noDevDraftGivesADeedToTheWrongActor() throws IOException {
        List<String> lines = ComposerResponseRound24Test.keptLines(DEV, "dev-meaning-r33", "meaning33.before", SHAPES);
        assertThat(lines).isEmpty();
    }

    /** What a reader sees: each deed with its actor, a considered medication never current, a verb with its object. */
    @Test
    void eachDeedKeepsItsActorAndStatus() {
        assertThat(draft("m33-02-act-pt-declined-er").text()).contains("The client declined voluntary ED evaluation.");
        // A participle of keeping before a bare noun describes the thing: kept as typed, never the client's deed.
        assertThat(draft("m33-21-means-kept-rifle").text()).contains("Means and access: kept rifle in truck.")
                .doesNotContain("client kept");
        assertThat(draft("m33-24-means-saved-oxy").text()).contains("saved oxycodone from surgery")
                .doesNotContain("client saved");
        // A stop whose actor the item names stays as typed; one typed with "by" is still said whole.
        assertThat(draft("m33-15-med-stopped-own").text()).contains("sertraline 100 mg (stopped on own 11/28)")
                .doesNotContain("was stopped on own");
        assertThat(draft("m33-19-med-psych-stopped").text()).contains(
                "Clonazepam 0.5 mg was stopped by the psychiatrist 11/30.");
        // A medication only considered is never current.
        assertThat(draft("m33-34-med-considering-naltrexone").text()).contains("Medications: considering naltrexone.")
                .contains("Current medication was gabapentin 300 mg TID.").doesNotContain("were considering");
        assertThat(draft("m33-36-med-may-add-prazosin").text()).doesNotContain("Current medications were prazosin");
        // "plan in place": which plan the label says; a state without its owner is never the clinician's.
        assertThat(draft("m33-38-plan-in-place-high").text()).contains("Safety plan: plan in place.")
                .doesNotContain("will plan in place");
        assertThat(draft("m33-39-plan-in-place-crisis").text()).contains(
                "Follow-up: has a plan in place, will call mobile crisis if worse.").doesNotContain("will also have");
        // A verb typed without its object keeps its label.
        assertThat(draft("m33-41-resp-practiced").text()).contains("Response to relaxation training: practiced.")
                .doesNotContain("client practiced.");
        assertThat(draft("m33-07-couples-joint-decision").text()).doesNotContain("were both practiced");
    }

    /**
     * On the LLM path: the client's answer given to the clinician, the client's stop said in the passive without its
     * actor (or with the client as the one stopped), and a considered medication said as current are each flagged;
     * the clean sentences they were made from, and a stop or a referral typed with "by", are not.
     */
    @Test
    void aSwappedActorOrStatusIsCaught() {
        DraftVerifier verifier = DraftVerifier.standard();
        String[][] changes = {
                {"m33-02-act-pt-declined-er", "The client declined voluntary ED evaluation.",
                        "This clinician declined voluntary ED evaluation."},
                {"m33-01-fu-declined-iop", "The client declined referral to IOP.",
                        "This writer declined referral to IOP."},
                {"m33-03-plan-refused-labs", "The client refused lithium level draw.",
                        "I refused lithium level draw."},
                {"m33-15-med-stopped-own", "Medications: sertraline 100 mg (stopped on own 11/28).",
                        "Sertraline 100 mg was stopped on 11/28."},
                {"m33-16-med-pt-stopped", "Medications: pt stopped quetiapine 2 wks ago d/t weight gain.",
                        "Quetiapine was discontinued 2 weeks ago due to weight gain."},
                {"m33-18-med-self-dc", "Medications: escitalopram 10 mg - self d/c'd 12/1.",
                        "The client was stopped from escitalopram 10 mg on 12/1."},
                {"m33-34-med-considering-naltrexone", "Medications: considering naltrexone.",
                        "Current medication was naltrexone."},
                {"m33-33-med-discussed-starting", "Medications: discussed starting sertraline.",
                        "The client is taking sertraline."},
                {"m33-37-med-possible-switch", "Medications: possible switch to escitalopram.",
                        "Current medications included escitalopram."}};
        for (String[] change : changes) {
            NoteDraft clean = draft(change[0]);
            assertThat(verifier.verify(clean).findings()).as(change[0]).isEmpty();
            String sentence = clean.sections().stream().flatMap(x -> x.sentences().stream()).map(DraftSentence::text)
                    .filter(t -> t.equals(change[1])).findFirst().orElseThrow(() -> new AssertionError(change[1]));
            NoteDraft planted = ComposerLinesRound20Test.replaced(clean, sentence, change[2]);
            assertThat(verifier.verify(planted).passed()).as(change[0] + ": " + change[2]).isFalse();
        }
        // Clean: the actor typed after "by" is said, so nothing is hidden ("referred by PCP" stays clean too).
        String[][] clean = {{"m33-19-med-psych-stopped", "Clonazepam 0.5 mg was stopped by the psychiatrist 11/30.",
                "Clonazepam 0.5 mg was stopped by the psychiatrist on 11/30."}};
        for (String[] change : clean) {
            NoteDraft d = draft(change[0]);
            NoteDraft same = ComposerLinesRound20Test.replaced(d, change[1], change[2]);
            assertThat(verifier.verify(same).findings()).as(change[2]).isEmpty();
        }
    }

    /**
     * An answer typed after another piece of the safety-plan field is the client's: said with the client as its
     * subject, never "This clinician refused ..."; the swap is caught.
     */
    @Test
    void anAnswerInTheSafetyPlanStaysTheClients() {
        for (String id : List.of("m33-49-sp-refused-to-hand-over")) {
            for (NoteFormat format : List.of(NoteFormat.SOAP, NoteFormat.DAP, NoteFormat.BIRP, NoteFormat.PIRP)) {
                NoteDraft d = draft(id, format);
                assertThat(d.text()).as(id + " " + format).doesNotContainPattern(CLINICIAN_REFUSED);
                assertThat(DraftVerifier.standard().verify(d).findings()).as(id + " " + format).isEmpty();
            }
        }
        // A piece kept on its label never takes the field's other pieces with it.
        for (NoteFormat format : List.of(NoteFormat.SOAP, NoteFormat.DAP, NoteFormat.BIRP, NoteFormat.PIRP)) {
            NoteDraft both = draft("m33-50-sp-plan-in-place-and-step", format);
            assertThat(both.text()).as(format.toString()).contains("sister").contains("plan in place");
            assertThat(DraftVerifier.standard().verify(both).findings()).as(format.toString()).isEmpty();
        }
        NoteDraft refused = draft("m33-49-sp-refused-to-hand-over");
        assertThat(refused.text()).contains("The client refused to hand over the razor blades.");
        NoteDraft swapped = ComposerLinesRound20Test.replaced(refused, "The client refused to hand over the razor blades.",
                "This clinician refused to hand over the razor blades.");
        assertThat(DraftVerifier.standard().verify(swapped).passed()).isFalse();
    }

    static NoteDraft draft(String id) {
        return draft(id, NoteFormat.SOAP);
    }

    static NoteDraft draft(String id, NoteFormat format) {
        SessionPrompt prompt = ComposerResponseRound24Test.prompt(DEV, id);
        return OfflineNoteDrafter.builder().clock(TestClock.at("2026-12-07T12:00:00Z")).audit(new InMemoryAuditLog())
                .build().draft(prompt, format, StyleProfile.defaults());
    }
}
