package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, round 20: a clean draft stays clean. "per X" names the source of the list item it closes, or of the item
 * before a lone ", per X", read alike in the field and the sentence, and the subject of "was stopped ..., per PCP" is
 * only what the report is about; "lying" and "putting" are "lie" and "put"; "the patient 13" over "client 13" is the
 * client's own number. Each dev prompt carries a planted error of its class that must still be caught.
 */
class VerifierCleanRound20Test {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-clean-r20.jsonl");

    @Test
    void theDevFileDraftsCleanAndEveryPlantedErrorIsCaught() throws IOException {
        // The r* prompts are refused rightly (SessionPromptRefusalsRound20Test). Left alone: the composer writes "the
        // parents's Steve" for a parent named in a family session without the client; the verifier is right to flag it.
        PlantedRun run = VerifierCleanRound18Test.devDraftsClean(DEV, "dev-clean-r20", List.of("d01-parents-steve"));
        assertThat(run.count(PlantedRun.Outcome.CAUGHT)).isGreaterThanOrEqualTo(29);
    }

    private static SessionPrompt concern(String typed) {
        return VerifierWhoSaidItTest.prompt(b -> b.addConcern(typed));
    }

    private static VerifierCleanRound19Test.Written concern(String typed, String sentence) {
        return new VerifierCleanRound19Test.Written(concern(typed), sentence, "presentingConcerns[0]");
    }

    @Test
    void faithfulSentencesOfSourcesFormsAndTheClientsNumberAreNotFlagged() {
        List<VerifierCleanRound19Test.Written> faithful = List.of(
                concern("3 scratches, cleaned herself, no medical care needed per school nurse",
                        "The client reported 3 scratches, cleaned herself, no medical care needed per school nurse."),
                concern("rent paid thru Dec (lost job 11/1, per dad)",
                        "The client reported rent paid thru Dec (lost job 11/1, per dad)."),
                concern("lies awake reviewing briefs", "The client reported lying awake reviewing briefs."),
                concern("put on 60-day PIP 11/2", "The client reported putting on 60-day PIP on 11/2."),
                concern("client 13, fights at bedtime", "Presenting concerns included the patient 13 and fights at bedtime."));
        assertThat(faithful).allSatisfy(w -> assertThat(w.verified().findings()).as(w.sentence())
                .allMatch(f -> f.kind() == FindingKind.REPEATED_SENTENCE));
    }

    @Test
    void theSameShapesWithAnErrorPlantedAreStillFlagged() {
        List<VerifierCleanRound19Test.Written> planted = List.of(
                concern("3 scratches, cleaned herself, no medical care needed per school nurse",
                        "The school nurse reported that she cleaned the scratches herself."),
                concern("rent paid thru Dec (lost job 11/1, per dad)",
                        "The client reported rent paid thru Dec (lost job 11/1, per mother)."),
                concern("lies awake reviewing briefs", "The client reported lying awake with chest pain."),
                concern("client 13, fights at bedtime", "Presenting concerns included the patient 15 and fights at bedtime."));
        assertThat(planted).allSatisfy(w -> assertThat(w.verified().passed()).as(w.sentence()).isFalse());
    }
}
