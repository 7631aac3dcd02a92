package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.testing.TestClock;

/**
 * How an intervention's response and the session's overall response are written: a sentence about who responded,
 * tied to its intervention, never a bare "Response:" line; what cannot be written so is refused at build().
 */
class ComposerResponsesRound13Test {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-responses-r13.jsonl");

    private final OfflineNoteDrafter drafter = OfflineNoteDrafter.builder().clock(TestClock.at("2026-12-04T15:00:00Z"))
            .auditLog(new InMemoryAuditLog()).build();

    /** Every dev prompt in every format and corpus style, written to target for reading; each draft verified. */
    @Test
    void writesTheDevDraftsForReading() throws IOException {
        StringBuilder out = new StringBuilder();
        StringBuilder flagged = new StringBuilder();
        int drafts = 0;
        for (JsonNode c : PromptJson.lines(DEV)) {
            String id = c.path("id").asText();
            SessionPrompt prompt;
            try {
                prompt = PromptJson.prompt(c, id);
            } catch (RuntimeException refused) {
                out.append("## ").append(id).append(" REFUSED\n\n").append(refused.getMessage()).append("\n\n");
                continue;
            }
            for (NoteFormat format : NoteFormat.standard()) {
                for (Map.Entry<String, StyleProfile> style : CorpusStyles.all().entrySet()) {
                    NoteDraft draft = drafter.draft(prompt, format, style.getValue());
                    out.append("## ").append(id).append(" (").append(format.name()).append(", ").append(style.getKey())
                            .append(")\n\n").append(draft.text().strip()).append("\n\n");
                    if (!draft.verification().passed()) {
                        flagged.append(id).append(' ').append(format.name()).append(' ').append(style.getKey())
                                .append('\n').append(draft.verification().report()).append('\n');
                    }
                    drafts++;
                }
            }
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/dev-responses-r13.md"), out.toString(), StandardCharsets.UTF_8);
        assertThat(drafts).isPositive();
        assertThat(flagged).as(flagged.toString()).isEmpty();
    }
}
