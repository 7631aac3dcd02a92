package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.testing.TestClock;

/**
 * Round 20: a typed noun compound whose first word is also a verb form ("means restriction", "needs assessment",
 * "process group") is the compound, kept as typed, never a verb ("meant restriction"). Every dev prompt is drafted in
 * the five formats, a corpus style in turn ({@code target/dev-means-r20.md}), each draft verified clean.
 */
class ComposerCompoundsRound20Test {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-means-r20.jsonl");

    private final OfflineNoteDrafter drafter = OfflineNoteDrafter.builder()
            .clock(TestClock.at("2026-12-04T12:00:00Z")).audit(new InMemoryAuditLog()).build();

    @Test
    void writesEveryDevDraftForReadingAndEachPasses() throws IOException {
        assertThat(DevRiskR13ReadTest.writeDrafts(DEV, Path.of("target/dev-means-r20.md"))).isEmpty();
    }

    private String draft(String id) {
        for (JsonNode c : PromptJson.lines(DEV)) {
            if (c.path("id").asText().startsWith(id)) {
                NoteDraft d = drafter.draft(PromptJson.prompt(c, id), NoteFormat.SOAP, StyleProfile.defaults());
                assertThat(d.verification().passed()).as(d.verification().report()).isTrue();
                return d.text();
            }
        }
        throw new AssertionError(id);
    }
}
