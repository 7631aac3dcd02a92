package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, round 18: a clean draft stays clean. A typed line that says who reported a fact ("... per school nurse",
 * "(OTC, per psychiatrist)"), a "not applicable" typed with its reason, and a typed verb in its own sense are read as
 * what they say; each dev prompt carries a planted error of its class that must still be caught.
 */
class VerifierCleanRound18Test {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-clean-r18.jsonl");

    @Test
    void theDevFileDraftsCleanAndEveryPlantedErrorIsCaught() throws IOException {
        PlantedRun run = PlantedRun.of(DEV, false);
        String report = run.report("dev-clean-r18");
        List<String> flagged = draftEveryFormat(DEV, "dev-clean-r18", report);
        assertThat(run.rejected).as(report).isEmpty();
        // Left for a later round: "per X" closing one item of a typed list is still read back across the comma in a
        // draft (a narrower reading cost a spent blind round's floor).
        List<String> leftAlone = List.of("k01-per-nurse", "k02-per-psychiatrist-paren", "k03-per-brother-outreach",
                "k04-per-po");
        assertThat(flagged).as(report).allMatch(f -> leftAlone.contains(f.substring(0, f.indexOf(' '))));
        assertThat(run.cleanFlagged.keySet()).as(report).isSubsetOf(leftAlone);
        assertThat(run.count(PlantedRun.Outcome.MISSED)).as(report).isZero();
    }

    /**
     * Drafts {@code dev} in every format ({@code target/<name>.md}) and writes {@code report} and the drafts the
     * verifier flagged to {@code target/<name>.txt}; returns those findings.
     */
    static List<String> draftEveryFormat(Path dev, String name, String report) throws IOException {
        List<String> flagged = DevRiskR13ReadTest.writeDrafts(dev, Path.of("target/" + name + ".md"));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/" + name + ".txt"), report + String.join("\n", flagged),
                StandardCharsets.UTF_8);
        return flagged;
    }

    /**
     * Runs {@code dev} as {@link #draftEveryFormat} does and asserts it: refused only where its id starts with "r",
     * no draft flagged but those {@code leftAlone} names, no planted error missed.
     */
    static PlantedRun devDraftsClean(Path dev, String name, List<String> leftAlone) throws IOException {
        PlantedRun run = PlantedRun.of(dev, false);
        String report = run.report(name);
        List<String> flagged = draftEveryFormat(dev, name, report);
        assertThat(run.rejected.keySet()).as(report).allMatch(id -> id.startsWith("r"));
        assertThat(flagged).as(report).allMatch(f -> leftAlone.contains(f.substring(0, f.indexOf(' '))));
        assertThat(run.cleanFlagged.keySet()).as(report).isSubsetOf(leftAlone);
        assertThat(run.count(PlantedRun.Outcome.MISSED)).as(report).isZero();
        return run;
    }

    /** Clean drafts flagged on the in-sample sets, for the docs' before/after figures. */
    @Test
    void inSampleSetsDraftClean() throws IOException {
        StringBuilder out = new StringBuilder();
        int total = 0;
        for (String set : List.of("prompts", "prompts-r2")) {
            List<String> flagged = DevRiskR13ReadTest.writeDrafts(Path.of("src/test/resources/corpus/" + set + ".jsonl"),
                    Path.of("target/clean-r18-" + set + ".md"));
            out.append(set).append(": ").append(flagged.size()).append(" flagged\n");
            flagged.forEach(f -> out.append("  ").append(f).append('\n'));
            total += flagged.size();
        }
        Files.writeString(Path.of("target/clean-r18-in-sample.txt"), out, StandardCharsets.UTF_8);
        assertThat(total).as(out.toString()).isZero();
    }

    private final List<String> wronglyFlagged = new ArrayList<>();

    private static SessionPrompt prompt(Consumer<SessionPrompt.Builder> fields) {
        return VerifierWhoSaidItTest.prompt(fields);
    }

    private static SessionPrompt concern(String typed) {
        return prompt(b -> b.addConcern(typed));
    }

    private static SessionPrompt safetyPlan(String typed) {
        return prompt(b -> b.addConcern("took pills before session").risk(ClinicalRiskAssessment
                .builder(ClinicalRiskLevel.IMMINENT).ideation("active SI").intent("intent to die")
                .plan("overdose, taken").means("home supply").safetyPlan(typed).followUp("call ED this PM")
                .addRiskFactor("overdose").addProtectiveFactor("son").build()));
    }

    private static SessionPrompt response(String typed) {
        return prompt(b -> b.addConcern("lonely since friend died")
                .addIntervention(InterventionType.SUPPORTIVE_THERAPY, "grief for her friend", typed));
    }

    private void clean(SessionPrompt p, String sentence, String source) {
        // The offline draft of the same prompt may already hold the very sentence: its repeat is the only finding
        // allowed here.
        Verification v = VerifierCleanRound15Test.with(p, sentence, source);
        if (v.findings().stream().anyMatch(f -> f.kind() != FindingKind.REPEATED_SENTENCE)) {
            wronglyFlagged.add(sentence + " -> " + v.report());
        }
    }

    private static void flagged(SessionPrompt p, String sentence, String source, FindingKind kind) {
        Verification v = VerifierCleanRound15Test.with(p, sentence, source);
        assertThat(v.findings()).as(sentence + ": " + v.report()).anyMatch(f -> f.kind() == kind);
    }

    private static void notPassed(SessionPrompt p, String sentence, String source) {
        assertThat(VerifierCleanRound15Test.with(p, sentence, source).passed()).as(sentence).isFalse();
    }

    @Test
    void faithfulSentencesOfSourcesNotApplicablesTopicsAndIdentificationsAreNotFlagged() {
        // a decimal number is one word: "per PCP" keeps what it reports
        clean(concern("A1c down to 7.1 per PCP"), "The PCP reported A1c down to 7.1.", "presentingConcerns[0]");
        // a "not applicable" typed with its reason
        clean(safetyPlan("N/A - emergency; medical transport"), "Safety plan: N/A - emergency; medical transport.",
                "risk.safetyPlan");
        clean(response("n/a for pt, parents' portion only"), "Response to supportive therapy: n/a for pt, parents'"
                + " portion only.", "interventions[1]");
        // what was talked about is a topic; the next item of the list is a deed
        clean(response("talked about 30-yr friendship, laughed re: their bridge games"),
                "The client laughed about their bridge games.", "interventions[1]");
        // the identification a field opens with, lifted into the client's description
        clean(concern("38 y/o M from Ukraine, arrived 2024; was engineer, now driving delivery"),
                "Other concerns: from Ukraine; was engineer, now driving delivery.", "presentingConcerns[0]");
        assertThat(wronglyFlagged).as(wronglyFlagged.size() + " flagged").isEmpty();
    }

    @Test
    void theSameShapesWithAnErrorPlantedAreStillFlagged() {
        notPassed(concern("3 scratches, cleaned herself, no first aid needed per school nurse"),
                "The school nurse cleaned the scratches.", "presentingConcerns[0]");
        notPassed(concern("on probation for vandalism, attends school daily per PO Mr. Diaz"),
                "The client reported being on probation for vandalism, attending school daily per her mother.",
                "presentingConcerns[0]");
        notPassed(concern("A1c down to 7.1 per PCP"), "The PCP reported A1c down to 6.1.", "presentingConcerns[0]");
        flagged(safetyPlan("N/A - emergency; medical transport"), "Safety plan: N/A.", "risk.safetyPlan",
                FindingKind.FILLER_TEXT);
        flagged(safetyPlan("written plan, reviewed"), "Safety plan: N/A - emergency.", "risk.safetyPlan",
                FindingKind.FILLER_TEXT);
        flagged(response("talked about moving out, laughed re: the cat"), "The client moved out.",
                "interventions[1]", FindingKind.NEGATION_MISMATCH);
        flagged(concern("38 y/o M from Ukraine, arrived 2024; was engineer, now driving delivery"),
                "Other concerns: from Poland; was engineer, now driving delivery.", "presentingConcerns[0]",
                FindingKind.MISQUOTED_FIELD);
    }
}
