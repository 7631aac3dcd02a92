package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.testing.TestClock;

/**
 * Round 20: who did it, and the risk block holds every safety step. Every dev prompt is drafted in the five formats, a
 * corpus style in turn ({@code target/dev-meaning-r20.md}), each draft verified clean; the prompts below are dev
 * prompts found by id, some edited in the test.
 */
class ComposerMeaningRound20Test {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-meaning-r20.jsonl");

    private final OfflineNoteDrafter drafter = OfflineNoteDrafter.builder()
            .clock(TestClock.at("2026-12-04T12:00:00Z")).audit(new InMemoryAuditLog()).build();

    @Test
    void writesEveryDevDraftForReadingAndEachPasses() throws IOException {
        assertThat(DevRiskR13ReadTest.writeDrafts(DEV, Path.of("target/dev-meaning-r20.md"))).isEmpty();
        Path independent = Path.of(System.getProperty("r20.independent", "none"));
        if (independent.toFile().isFile()) {
            DevRiskR13ReadTest.writeDrafts(independent, Path.of("target/dev-independent-r20-moderate.md"));
        }
    }
}
