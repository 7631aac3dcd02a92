package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.testing.TestClock;

/**
 * Round 28b: a clean draft stays clean when a typed item opens with a label and a colon ("CBT-E: regular eating",
 * "means restriction: RA to hold meds"), when a practice names a partner in a role ("with dad playing the teacher",
 * "with mom as the boss") and when a goal's progress is one or two words about another person ("softened").
 * Every dev prompt ({@code dev-clean-r28b.jsonl}) is drafted in every standard format and corpus style
 * ({@code target/dev-clean-r28b.md}) and run as a planted-error set ({@code target/dev-clean-r28b.txt}): its clean
 * drafts pass, and a changed word after a label or an actor swapped into a role-play is caught.
 */
class VerifierCleanRound28bTest {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-clean-r28b.jsonl");

    private final OfflineNoteDrafter drafter = OfflineNoteDrafter.builder()
            .clock(TestClock.at("2026-12-07T12:00:00Z")).audit(new InMemoryAuditLog()).build();

    @Test
    void writesEveryDevDraftForReading() throws IOException {
        StringBuilder flagged = new StringBuilder();
        PromptJson.writeDevDrafts(drafter, DEV, "dev-clean-r28b", flagged);
        // Before this round 64 drafts of the 33 prompts in every format and style were flagged (six prompts: an
        // intervention label with a colon read as a labelled line, a role-play partner read as an actor).
        assertThat(flagged.toString()).isEmpty();
    }

    @Test
    void cleanDraftsPassAndPlantedErrorsAreCaught() throws IOException {
        PlantedRun run = PlantedRun.ofWritingReport(DEV, "dev-clean-r28b");
        String report = run.report("dev-clean-r28b");
        assertThat(run.cleanFlagged).as(report).hasSizeLessThanOrEqualTo(CLEAN_FLAGGED_AFTER);
        assertThat(run.count(PlantedRun.Outcome.CAUGHT)).as(report).isGreaterThanOrEqualTo(CAUGHT_AFTER);
    }

    // Before this round: 3 of 33 clean drafts flagged ("In response to BA: activity scheduling, ..." and "utilized
    // Seeking Safety: 'Setting ...'" read as misquoted lines; "with another group member playing the host" read as the
    // member's deed), 33 of 34 caught. After: 0 flagged, 33 caught (the one miss, "RA" swapped for the client after a
    // label, is the same before and after: "RA" is no person the actor rules know).
    private static final int CLEAN_FLAGGED_AFTER = 0;
    private static final long CAUGHT_AFTER = 33;
}
