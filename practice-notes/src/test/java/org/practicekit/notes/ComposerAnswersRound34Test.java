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
 * Round 34: whose answer it is. A piece the client does or answers (a safety-plan step, a refusal, an inability in an
 * outreach, an answer to a question) is never led by the clinician. Every dev prompt
 * ({@code corpus/dev-answers-r34.jsonl}, written before the change) is drafted in the five formats
 * ({@code target/dev-answers-r34.md}); every draft passes the verifier.
 */
class ComposerAnswersRound34Test {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-answers-r34.jsonl");

    // The clinician as a sentence's subject, with the adverbs a lead takes.
    private static final String LEAD = "(?:\\b[Tt]his (?:clinician|writer|therapist|counselor|provider)|\\b[Tt]he"
            + " clinician|(?<![\\w'])I)(?: (?:also|further|then|again))?";

    /** The client's answer or refusal given to the clinician ("This therapist also declined."). */
    static final Pattern CLINICIAN_ANSWERED = Pattern.compile(LEAD + " (?:declined|refused|denied|endorsed|admitted"
            + "|would not|could not|did not want|was unwilling|was unable to (?!reach|contact|leave|complete the)"
            + "|chose not)\\b");
    /** The client's step or agreement given to the clinician ("This clinician will call her brother"). */
    static final Pattern CLINICIAN_STEP = Pattern.compile(LEAD + " (?:agreed to|will (?:not )?(?:\\w+ )?(?:her|his|their)"
            + " (?:brother|sister|mom|mother|dad|father|aunt|uncle|sponsor|partner|wife|husband|friend|pills|meds)"
            + "|will (?:stay with|go to a meeting|go to (?:the )?(?:ED|ER)|attend \\d|practice|log|walk|leave the house"
            + "|use calm|tell mom|schedule one|keep the|not keep|not drink|text (?:her|his|their) ))");
    /** A client's answer or state pasted after a clinician's act with no subject ("This clinician called, no answer"). */
    static final Pattern CLINICIAN_THEN_CLIENT = Pattern.compile(LEAD + " [^.]*(?:; |, )(?:declined|refused|denied"
            + "|endorsed|could not engage|would not|unable to stay|no answer)\\b");

    /** The client's answer made the clinician's focus ("focused on reporting use on Saturday"). */
    static final Pattern ANSWER_AS_FOCUS = Pattern.compile(LEAD + " [^.]*\\b(?:focused|centered) on (?:reporting|denying"
            + "|endorsing|admitting|refusing|declining|agreeing|disclosing)\\b");

    static final Map<String, Predicate<String>> SHAPES = new LinkedHashMap<>();

    static {
        SHAPES.put("the client's answer or refusal led by the clinician", s -> CLINICIAN_ANSWERED.matcher(s).find());
        SHAPES.put("the client's step or agreement led by the clinician", s -> CLINICIAN_STEP.matcher(s).find());
        SHAPES.put("the client's answer after a clinician's act", s -> CLINICIAN_THEN_CLIENT.matcher(s).find());
        SHAPES.put("the client's answer as the clinician's focus", s -> ANSWER_AS_FOCUS.matcher(s).find());
    }

    @Test
    void everyDevDraftPassesTheVerifier() throws IOException {
        List<String> flagged = ComposerResponseRound24Test.draftAndCount(DEV, "dev-answers-r34", "answers34.before",
                SHAPES);
        assertThat(flagged).isEmpty();
    }

    @Test
    void noClinicianLeadCarriesTheClientsAct() throws IOException {
        List<String> lines = ComposerResponseRound24Test.keptLines(DEV, "dev-answers-r34", "answers34.before", SHAPES);
        assertThat(lines).isEmpty();
    }

    /** What a reader sees: each step and answer with the client as its subject, the clinician's own acts kept. */
    @Test
    void eachAnswerAndStepIsTheClients() {
        assertThat(draft("a34-01-sp-will-call-brother").text()).contains("The client will call her brother if urges rise.")
                .contains("The client agreed to give the pills to mom.");
        assertThat(draft("a34-14-ns-declined-walkin").text()).contains("offered a walk-in slot. The client declined.")
                .contains("The client answered.");
        assertThat(draft("a34-15-ns-refused-reschedule").text()).contains("The client refused to reschedule this week.");
        assertThat(draft("a34-09-act-could-not-contract").text()).contains("The client could not commit to safety plan.");
        // The clinician's tries and deeds stay the clinician's.
        assertThat(draft("a34-44-clin-called-mobile-crisis").text()).contains("also called mobile crisis.");
        assertThat(draft("a34-19-ns-unable-to-reach").text()).contains("unable to reach, mailbox full")
                .doesNotContain("client was unable to reach");
    }

    /**
     * On the LLM path: the client's safety-plan step, agreement, refusal or inability given to the clinician is flagged
     * (WRONG_ACTOR); the clean drafts they were planted in are not.
     */
    @Test
    void aStepOrRefusalGivenToTheClinicianIsCaught() {
        DraftVerifier verifier = DraftVerifier.standard();
        String[][] changes = {
                {"a34-01-sp-will-call-brother", "The client will call her brother if urges rise.",
                        "This clinician will call her brother if urges rise."},
                {"a34-01-sp-will-call-brother", "The client agreed to give the pills to mom.",
                        "This clinician agreed to give the pills to mom."},
                {"a34-08-sp-will-stay-with-aunt", "The client will stay with aunt this weekend.",
                        "This clinician will stay with aunt this weekend."},
                {"a34-42-sud-sp-will-go-meeting", "The client will not keep alcohol at home.",
                        "This clinician will not keep alcohol at home."},
                {"a34-32-fam-parents-will-hold-meds", "The client will tell mom when urges to cut.",
                        "This clinician also will tell mom when urges to cut."},
                {"a34-15-ns-refused-reschedule", "The client refused to reschedule this week.",
                        "This clinician also refused to reschedule this week."},
                {"a34-14-ns-declined-walkin", "The client declined.", "In addition, this clinician declined."},
                {"a34-09-act-could-not-contract", "The client could not commit to safety plan.",
                        "This clinician could not commit to safety plan."},
                {"a34-17-ns-denied-si-on-call", "The client agreed to come Thursday.",
                        "This clinician agreed to come Thursday."}};
        for (String[] change : changes) {
            NoteDraft clean = draft(change[0]);
            assertThat(verifier.verify(clean).findings()).as(change[0]).isEmpty();
            NoteDraft planted = ComposerLinesRound20Test.replaced(clean, change[1], change[2]);
            assertThat(planted.text()).as(change[0]).contains(change[2]);
            assertThat(verifier.verify(planted).findings()).as(change[0] + ": " + change[2])
                    .anyMatch(f -> f.kind() == FindingKind.WRONG_ACTOR);
        }
    }

    /**
     * Every dev corpus (dev-independent-* aside) drafted as the round tests draft them, its shapes counted into
     * {@code target/answers34-all-counts.txt}; run on request ({@code -Danswers34.all=true}), for the docs' figure.
     */
    @Test
    void shapesOverAllDevCorpora() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(Boolean.getBoolean("answers34.all"));
        java.util.Map<String, Integer> totals = new LinkedHashMap<>();
        SHAPES.keySet().forEach(k -> totals.put(k, 0));
        StringBuilder hits = new StringBuilder();
        List<String> flagged = new java.util.ArrayList<>();
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(Path.of("src/test/resources/corpus"))) {
            for (Path dev : files.filter(f -> f.getFileName().toString().startsWith("dev-")
                    && f.getFileName().toString().endsWith(".jsonl")
                    && !f.getFileName().toString().startsWith("dev-independent-")).sorted().toList()) {
                Path out = Path.of("target/answers34-all/" + dev.getFileName().toString().replace(".jsonl", ".md"));
                java.nio.file.Files.createDirectories(out.getParent());
                DevRiskR13ReadTest.writeDrafts(dev, out).forEach(f -> flagged.add(dev.getFileName() + " " + f));
                String drafts = java.nio.file.Files.readString(out);
                for (Map.Entry<String, Predicate<String>> shape : SHAPES.entrySet()) {
                    List<String> found = ComposerFramesRound21Test.sentencesWhere(drafts, shape.getValue());
                    totals.merge(shape.getKey(), found.size(), Integer::sum);
                    found.forEach(h -> hits.append(dev.getFileName()).append(" | ").append(shape.getKey()).append(" | ")
                            .append(h).append('\n'));
                }
            }
        }
        java.nio.file.Files.writeString(Path.of("target/answers34-all-counts.txt"), totals + "\n" + flagged.size()
                + " drafts flagged\n" + String.join("\n", flagged) + "\n\n" + hits);
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
