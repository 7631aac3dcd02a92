package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
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
        List<String> flagged = VerifierCleanRound18Test.draftEveryFormat(DEV, "dev-clean-r19", report);
        // The r* prompts are unfinished phrases: refused, and counted by SessionPromptRefusalsRound19Test.
        assertThat(run.rejected.keySet()).as(report).allMatch(id -> id.startsWith("r"));
        // Left for a later round: "per X" after a denial ("no current child safety concerns per CPS worker") is still
        // read as denied in the field and as reported in a sentence that says "were reported per ..." (reading "per"
        // as ending the denial, and a role of two words as one subject, cost a spent blind round's floor).
        List<String> leftAlone = List.of("n03-no-per-source");
        assertThat(flagged).as(report).allMatch(f -> leftAlone.contains(f.substring(0, f.indexOf(' '))));
        assertThat(run.cleanFlagged.keySet()).as(report).isSubsetOf(leftAlone);
        assertThat(run.count(PlantedRun.Outcome.MISSED)).as(report).isZero();
    }

    /** A sentence a model or a clinician writes from {@code prompt}, citing {@code source}. */
    record Written(SessionPrompt prompt, String sentence, String source) {
        Verification verified() {
            return VerifierCleanRound15Test.with(prompt, sentence, source);
        }
    }

    private static SessionPrompt concern(String typed) {
        return VerifierWhoSaidItTest.prompt(b -> b.addConcern(typed));
    }

    private static SessionPrompt ideation(String typed) {
        return VerifierWhoSaidItTest.prompt(b -> b.addConcern("low mood").risk(ClinicalRiskAssessment
                .builder(ClinicalRiskLevel.LOW).ideation(typed).addRiskFactor("recent loss").build()));
    }

    private static SessionPrompt response(String typed) {
        return VerifierWhoSaidItTest.prompt(b -> b.addConcern("passive SI at night")
                .addIntervention(InterventionType.SAFETY_PLANNING, "means restriction", typed));
    }

    @Test
    void faithfulSentencesOfNegationsInfinitivesAndPhrasalEventsAreNotFlagged() {
        List<Written> faithful = List.of(
                // a negation ends at the clause of time, place or source after its noun phrase
                new Written(ideation("no SI reported when screened alone at intake"),
                        "The client reported no SI when screened alone at intake.", "risk.ideation"),
                new Written(ideation("no SI reported at last session 11/30"),
                        "The client reported no SI at last session 11/30.", "risk.ideation"),
                // the person before "to" + verb does the verb, in the field as in the sentence
                new Written(response("updated plan; gave pill bottle to sister to hold"),
                        "The client gave a pill bottle to sister to hold.", "interventions[1]"),
                // a phrasal verb in another form
                new Written(concern("wants to move to a sober living house"),
                        "The client reported moving to a sober living house as a goal.", "presentingConcerns[0]"));
        // The offline draft of the same prompt may already hold the very sentence: its repeat is the only finding
        // allowed here.
        assertThat(faithful).allSatisfy(w -> assertThat(w.verified().findings()).as(w.sentence())
                .allMatch(f -> f.kind() == FindingKind.REPEATED_SENTENCE));
    }

    @Test
    void theSameShapesWithAnErrorPlantedAreStillFlagged() {
        List<Written> planted = List.of(
                new Written(ideation("no SI reported when screened alone at intake"),
                        "The client reported SI when screened alone at intake.", "risk.ideation"),
                new Written(concern("no panic attacks at work since May"),
                        "The client reported panic attacks at work since May.", "presentingConcerns[0]"),
                new Written(ideation("no current safety concerns per school counselor"),
                        "Current safety concerns were reported per school counselor.", "risk.ideation"),
                new Written(response("updated plan; gave pill bottle to sister to hold"),
                        "The sister gave a pill bottle to the client to hold.", "interventions[1]"),
                new Written(concern("wants to move to a sober living house"),
                        "The client reported moving out of her parents' house after the divorce.", "presentingConcerns[0]"));
        assertThat(planted).allSatisfy(w -> assertThat(w.verified().passed()).as(w.sentence()).isFalse());
    }
}
