package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
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
        assertThat(flagged.toString()).isEmpty();
    }

    @Test
    void cleanDraftsPassAndPlantedSwapsAndFlipsAreCaught() throws IOException {
        PlantedRun run = PlantedRun.ofWritingReport(DEV, "dev-actor-flags-r25b");
        String report = run.report("dev-actor-flags-r25b");
        assertThat(run.cleanFlagged).as(report).hasSizeLessThanOrEqualTo(CLEAN_FLAGGED_AFTER);
        assertThat(run.count(PlantedRun.Outcome.CAUGHT)).as(report).isGreaterThanOrEqualTo(CAUGHT_AFTER);
    }

    // Before this round: 3 of 31 clean drafts flagged ("no panic this week" after "when mom mentioned" read as the
    // mother's; "per the client and UDS" and "per ER record" read as denied), 20 caught. After: 0 flagged, 20 caught.
    private static final int CLEAN_FLAGGED_AFTER = 0;
    private static final long CAUGHT_AFTER = 20;

    @Test
    void aSourcePhraseIsNeverWhatANegationDenies() {
        java.util.List<Boolean> no = java.util.Collections.nCopies(9, false);
        java.util.List<String> words = java.util.List.of("denied", "self-harm", "per", "the", "client", "and", "per",
                "er", "record");
        assertThat(DraftVerifier.inSourcePhrase(words, no, no, 8)).isTrue();
        assertThat(DraftVerifier.inSourcePhrase(words, no, no, 1)).isFalse();
        java.util.List<Boolean> comma = new java.util.ArrayList<>(no);
        comma.set(8, true);
        // A comma closes the source phrase: what follows it is read for its polarity again.
        assertThat(DraftVerifier.inSourcePhrase(words, no, comma, 8)).isFalse();
        assertThat(DraftVerifier.inSourcePhrase(List.of("no", "alcohol", "since", "oct", "record"), no.subList(0, 5),
                no.subList(0, 5), 4)).isFalse();
    }
}
