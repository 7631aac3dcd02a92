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
 * Issue 14, round 19: a clean draft stays clean. A negation word negates its own noun phrase, not the clause of time,
 * place or source after it ("no SI reported at last group"); the person named before "to" + verb is who does it ("gave
 * the bottle to roommate to dispense"), read alike in the field and the sentence; a phrasal verb names its life event in
 * any of its forms ("move to" and "moving to"). Each dev prompt carries a planted error of its class that must still
 * be caught.
 */
class VerifierCleanRound19Test {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-clean-r19.jsonl");

    @Test
    void theDevFileDraftsCleanAndEveryPlantedErrorIsCaught() throws IOException {
        PlantedRun run = PlantedRun.of(DEV, false);
        String report = run.report("dev-clean-r19");
        List<String> flagged = DevRiskR13ReadTest.writeDrafts(DEV, Path.of("target/dev-clean-r19.md"));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/dev-clean-r19.txt"), report + String.join("\n", flagged),
                StandardCharsets.UTF_8);
        // The r* prompts are unfinished phrases: refused, and counted by SessionPromptRefusalsRound19Test.
        assertThat(run.rejected.keySet()).as(report).allMatch(id -> id.startsWith("r"));
        assertThat(flagged).as(report).isEmpty();
        assertThat(run.cleanFlagged).as(report).isEmpty();
        assertThat(run.count(PlantedRun.Outcome.MISSED)).as(report).isZero();
    }

    /** Clean drafts flagged on the in-sample sets, every format, for the docs' before/after figures. */
    @Test
    void inSampleSetsDraftClean() throws IOException {
        StringBuilder out = new StringBuilder();
        int total = 0;
        for (String set : List.of("prompts", "prompts-r2")) {
            List<String> flagged = DevRiskR13ReadTest.writeDrafts(Path.of("src/test/resources/corpus/" + set + ".jsonl"),
                    Path.of("target/clean-r19-" + set + ".md"));
            out.append(set).append(": ").append(flagged.size()).append(" flagged\n");
            flagged.forEach(f -> out.append("  ").append(f).append('\n'));
            total += flagged.size();
        }
        Files.writeString(Path.of("target/clean-r19-in-sample.txt"), out, StandardCharsets.UTF_8);
        assertThat(total).as(out.toString()).isZero();
    }

    private final List<String> wronglyFlagged = new ArrayList<>();

    private static SessionPrompt prompt(Consumer<SessionPrompt.Builder> fields) {
        return VerifierWhoSaidItTest.prompt(fields);
    }

    private static SessionPrompt concern(String typed) {
        return prompt(b -> b.addConcern(typed));
    }

    private static SessionPrompt ideation(String typed) {
        return prompt(b -> b.addConcern("low mood").risk(ClinicalRiskAssessment.builder(ClinicalRiskLevel.LOW)
                .ideation(typed).addRiskFactor("recent loss").build()));
    }

    private static SessionPrompt response(String typed) {
        return prompt(b -> b.addConcern("passive SI at night")
                .addIntervention(InterventionType.SAFETY_PLANNING, "means restriction", typed));
    }

    private void clean(SessionPrompt p, String sentence, String source) {
        // The offline draft of the same prompt may already hold the very sentence: its repeat is the only finding
        // allowed here.
        Verification v = VerifierCleanRound15Test.with(p, sentence, source);
        if (v.findings().stream().anyMatch(f -> f.kind() != FindingKind.REPEATED_SENTENCE)) {
            wronglyFlagged.add(sentence + " -> " + v.report());
        }
    }

    private static void notPassed(SessionPrompt p, String sentence, String source) {
        assertThat(VerifierCleanRound15Test.with(p, sentence, source).passed()).as(sentence).isFalse();
    }

    @Test
    void faithfulSentencesOfNegationsInfinitivesAndPhrasalEventsAreNotFlagged() {
        // a negation ends at the clause of time, place or source after its noun phrase
        clean(ideation("no SI reported when screened alone at intake"),
                "The client reported no SI when screened alone at intake.", "risk.ideation");
        clean(ideation("no SI reported at last session 11/30"), "The client reported no SI at last session 11/30.",
                "risk.ideation");
        clean(ideation("no current safety concerns per school counselor"),
                "No current safety concerns were reported per school counselor.", "risk.ideation");
        // the person before "to" + verb does the verb, in the field as in the sentence
        clean(response("updated plan; gave pill bottle to sister to hold"),
                "The client gave a pill bottle to sister to hold.", "interventions[1]");
        // a phrasal verb in another form
        clean(concern("wants to move to a sober living house"), "The client reported moving to a sober living house"
                + " as a goal.", "presentingConcerns[0]");
        assertThat(wronglyFlagged).as(wronglyFlagged.size() + " flagged").isEmpty();
    }

    @Test
    void theSameShapesWithAnErrorPlantedAreStillFlagged() {
        notPassed(ideation("no SI reported when screened alone at intake"),
                "The client reported SI when screened alone at intake.", "risk.ideation");
        notPassed(concern("no panic attacks at work since May"), "The client reported panic attacks at work since May.",
                "presentingConcerns[0]");
        notPassed(ideation("no current safety concerns per school counselor"),
                "Current safety concerns were reported per school counselor.", "risk.ideation");
        notPassed(response("updated plan; gave pill bottle to sister to hold"),
                "The sister gave a pill bottle to the client to hold.", "interventions[1]");
        notPassed(concern("wants to move to a sober living house"), "The client reported moving out of her"
                + " parents' house after the divorce.", "presentingConcerns[0]");
    }
}
