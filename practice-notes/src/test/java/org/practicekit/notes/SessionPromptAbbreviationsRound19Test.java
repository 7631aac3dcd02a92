package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.testing.TestClock;

/**
 * Round 19: a clinical abbreviation typed in capitals ("SO", "AN", "ODD", "NA") is read from one dictionary: a noun
 * closes its phrase, and one that spells an English word is written out. Counts the refusals of every corpus and both
 * independent sets ({@code target/refusals-abbrev-r19-counts.txt}).
 */
class SessionPromptAbbreviationsRound19Test {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-abbrev-r19.jsonl");

    private final OfflineNoteDrafter drafter = OfflineNoteDrafter.builder().clock(TestClock.at("2026-12-05T03:00:00Z"))
            .auditLog(new InMemoryAuditLog()).build();

    @Test
    void countsRefusalsAndDraftsTheDevFile() throws IOException {
        SessionPromptRefusalsRound18Test.writeRefusalCounts(Path.of("target/refusals-abbrev-r19-counts.txt"),
                Path.of("../corpora/notes/dev-independent-r19.jsonl"), Path.of("../corpora/notes/dev-independent-r20.jsonl"));
        String flagged = PromptJson.writeDraftsForReading(drafter, "abbrev-r19", DEV);
        java.nio.file.Files.writeString(Path.of("target/abbrev-r19-flagged.txt"), flagged);
    }

    static JsonNode dev(String id) {
        return PromptJson.lines(DEV).stream().filter(x -> x.path("id").asText().equals(id)).findFirst().orElseThrow();
    }
}
