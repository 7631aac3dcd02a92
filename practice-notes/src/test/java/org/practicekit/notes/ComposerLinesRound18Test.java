package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.testing.TestClock;

/**
 * Round 18: the labelled lines of the focuses, responses, goal evidence, overall responses, concerns and outreach,
 * counted on this round's dev file and round 17's ({@code target/lines-r18-*.md} for reading,
 * {@code target/lines-r18-counts.txt} for the counts in docs/notes.md); every draft must pass the verifier.
 */
class ComposerLinesRound18Test {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-lines-r18.jsonl");

    private final OfflineNoteDrafter drafter = OfflineNoteDrafter.builder().clock(TestClock.at("2026-12-05T03:00:00Z"))
            .auditLog(new InMemoryAuditLog()).build();

    @Test
    void writesTheDraftsForReadingAndCountsLabelledLines() throws IOException {
        StringBuilder flagged = new StringBuilder();
        StringBuilder counts = ComposerLinesRound16Test.counts(drafter,
                List.of(DEV, Path.of("src/test/resources/corpus/dev-prose-r17.jsonl")), "lines-r18-", flagged);
        Files.writeString(Path.of("target/lines-r18-counts.txt"), counts, StandardCharsets.UTF_8);
        assertThat(flagged.toString().strip()).isEmpty();
    }
}
