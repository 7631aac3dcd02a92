package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.testing.TestClock;

/**
 * Round 24b: a telehealth location is a place or nothing. Every dev prompt (the location field holding a place, a
 * modality, a service, a platform or nothing, and the real place typed in the concerns, the mental status or the
 * response) is drafted in every standard format and corpus style ({@code target/dev-telehealth-r24b.md}), each draft
 * verified clean, and the sentences of the class counted ({@link TelehealthPlaceCounts}).
 */
class ComposerTelehealthRound24bTest {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-telehealth-r24b.jsonl");

    private final OfflineNoteDrafter drafter = OfflineNoteDrafter.builder()
            .clock(TestClock.at("2026-12-04T12:00:00Z")).audit(new InMemoryAuditLog()).build();

    @Test
    void writesEveryDevDraftForReadingAndEachPasses() throws IOException {
        StringBuilder flagged = new StringBuilder();
        String out = PromptJson.writeDevDrafts(drafter, DEV, "dev-telehealth-r24b", flagged);
        TelehealthPlaceCounts counts = TelehealthPlaceCounts.of(out);
        Files.writeString(Path.of("target/dev-telehealth-r24b-counts.txt"), counts.report(), StandardCharsets.UTF_8);
        assertThat(flagged.toString()).isEmpty();
        assertThat(counts.count("not a place")).as(counts.report()).isLessThanOrEqualTo(10000);
        assertThat(counts.count("joined as a report")).as(counts.report()).isLessThanOrEqualTo(10000);
    }

    private static SessionPrompt dev(String id) {
        for (JsonNode c : PromptJson.lines(DEV)) {
            if (c.path("id").asText().startsWith(id)) {
                return PromptJson.prompt(c, id);
            }
        }
        throw new IllegalArgumentException(id);
    }

    private String soap(String id) {
        NoteDraft d = drafter.draft(dev(id), NoteFormat.SOAP, StyleProfile.defaults());
        assertThat(d.verification().passed()).as(d.verification().report()).isTrue();
        return d.text();
    }
}
