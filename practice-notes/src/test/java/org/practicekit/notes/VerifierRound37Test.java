package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.testing.TestClock;

/**
 * Round 37: the verifier reads a value by its role. A test's or a drug screen's result is read with its polarity
 * ("UDS negative for fentanyl" is not "positive for fentanyl", though "positive" is elsewhere in the prompt), and a
 * time with its event (the next appointment's time is not the session's start). Clinicians' own shapes stay clean and
 * are composed: the client's habit beside another person, a hold pending an assessment, a response ending "stop by"
 * or "let me know when", goal evidence typed "same" or "none". The dev prompts ({@code dev-verifier-r37.jsonl}) are
 * drafted in every standard format and style ({@code target/dev-verifier-r37.md}) and run as a planted-error set
 * ({@code target/dev-verifier-r37.txt}).
 */
@Execution(ExecutionMode.CONCURRENT)
class VerifierRound37Test {
    static final Path DEV = Path.of("../corpora/notes/dev-verifier-r37.jsonl");

    private final OfflineNoteDrafter drafter = OfflineNoteDrafter.builder()
            .clock(TestClock.at("2026-12-07T12:00:00Z")).audit(new InMemoryAuditLog()).build();

    @Test
    void everyDevPromptIsBuiltAndItsDraftsStayCleanInEveryFormatAndStyle() throws IOException {
        StringBuilder flagged = new StringBuilder();
        PromptJson.writeDevDrafts(drafter, DEV, "dev-verifier-r37", flagged);
        assertThat(flagged.toString()).isEmpty();
    }

    @Test
    void flippedResultsAndTimesMovedToAnotherEventAreCaught() throws IOException {
        PlantedRun run = PlantedRun.ofWritingReport(DEV, "dev-verifier-r37");
        String report = run.report("dev-verifier-r37");
        assertThat(run.rejected).as(report).isEmpty();
        assertThat(run.cleanFlagged).as(report).isEmpty();
        assertThat(run.count(PlantedRun.Outcome.CAUGHT)).as(report).isGreaterThanOrEqualTo(CAUGHT_AFTER);
    }

    private static final long CAUGHT_AFTER = 32;
}
