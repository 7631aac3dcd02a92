package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.testing.TestClock;

/**
 * Round 20: another person's act typed in the risk actions with a name, a time, consent or several pieces, written as
 * whole sentences in the risk part with the right actor and status. Every dev prompt is drafted in the five formats, a
 * corpus style in turn ({@code target/dev-actions-r20.md}), each draft verified clean.
 */
class ComposerActionsRound20Test {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-actions-r20.jsonl");

    private final OfflineNoteDrafter drafter = OfflineNoteDrafter.builder()
            .clock(TestClock.at("2026-12-04T12:00:00Z")).audit(new InMemoryAuditLog()).build();

    @Test
    void writesEveryDevDraftForReadingAndEachPasses() throws IOException {
        assertThat(DevRiskR13ReadTest.writeDrafts(DEV, Path.of("target/dev-actions-r20.md"))).isEmpty();
        Path independent = Path.of(System.getProperty("r20.independent", "none"));
        if (independent.toFile().isFile()) {
            DevRiskR13ReadTest.writeDrafts(independent, Path.of("target/dev-independent-r20-actions.md"));
        }
    }

    /** The risk part of the SOAP draft of dev prompt {@code id}, verified clean. */
    private String risk(String id) {
        for (JsonNode c : PromptJson.lines(DEV)) {
            if (c.path("id").asText().startsWith(id)) {
                NoteDraft d = drafter.draft(PromptJson.prompt(c, id), NoteFormat.SOAP, StyleProfile.defaults());
                assertThat(d.verification().passed()).as(d.verification().report()).isTrue();
                String text = d.text();
                int from = text.indexOf("current risk");
                int to = text.indexOf("Treatment this session targeted", from);
                assertThat(from).isNotNegative();
                return text.substring(from, to < 0 ? text.length() : to);
            }
        }
        throw new IllegalArgumentException(id);
    }
}
