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
 * Round 20: a goal's evidence beside its rating, and the remaining labelled lines. The dev prompts of rounds 16 to 20
 * are drafted in every standard format and corpus style for reading ({@code target/lines-r20-*.md}) with their labelled
 * lines counted ({@code target/lines-r20-counts.txt}); every draft must pass the verifier.
 */
class ComposerLinesRound20Test {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-lines-r20.jsonl");

    private final OfflineNoteDrafter drafter = OfflineNoteDrafter.builder().clock(TestClock.at("2026-12-05T03:00:00Z"))
            .auditLog(new InMemoryAuditLog()).build();

    @Test
    void writesTheDraftsForReadingAndCountsLabelledLines() throws IOException {
        StringBuilder flagged = new StringBuilder();
        StringBuilder counts = ComposerLinesRound16Test.counts(drafter, List.of(DEV, ComposerLinesRound19Test.DEV,
                ComposerLinesRound18Test.DEV, ComposerLinesRound16Test.DEV,
                Path.of("src/test/resources/corpus/dev-evidence-r19.jsonl")), "lines-r20-", flagged);
        Files.writeString(Path.of("target/lines-r20-counts.txt"), counts, StandardCharsets.UTF_8);
        // "n/a this week" as goal evidence is flagged as filler and not refused at build(): left alone (round 16).
        assertThat(flagged.toString().replaceAll("(?m)^l16-18-two-goals .*\n(?:FILLER_TEXT .*\n)+", "").strip())
                .isEmpty();
    }
}
