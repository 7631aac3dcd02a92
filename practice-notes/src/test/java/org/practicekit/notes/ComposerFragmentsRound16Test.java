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
 * Round 16: typed fragments in frames ("reported", "included", "agreed"), articles and agreement. The dev prompts and
 * the train and dev corpora are drafted in every standard format and corpus style ({@code target/fragments-r16-*.md}
 * for reading); every draft must pass the verifier.
 */
class ComposerFragmentsRound16Test {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-fragments-r16.jsonl");

    private final OfflineNoteDrafter drafter = OfflineNoteDrafter.builder().clock(TestClock.at("2026-12-05T03:00:00Z"))
            .auditLog(new InMemoryAuditLog()).build();

    @Test
    void writesTheDraftsForReading() throws IOException {
        StringBuilder flagged = new StringBuilder();
        for (Path set : List.of(DEV, Path.of("src/test/resources/corpus/prompts.jsonl"),
                Path.of("src/test/resources/corpus/prompts-r2.jsonl"))) {
            StringBuilder out = new StringBuilder();
            PromptJson.draftsForReading(drafter, set, false, out, flagged);
            String name = set.getFileName().toString().replace(".jsonl", "");
            Files.writeString(Path.of("target/fragments-r16-" + name + ".md"), out, StandardCharsets.UTF_8);
        }
        assertThat(flagged.toString()).isEmpty();
    }
}
