package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.testing.TestClock;

/**
 * Round 14: the concerns as clinicians type them, long mixed lists. Every round-14 dev prompt is drafted in the five
 * formats, a corpus style taken in turn, written to {@code target/dev-concerns-r14.md} for a clinician's read, and
 * every draft must pass the verifier.
 */
class ComposerConcernsRound14Test {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-concerns-r14.jsonl");

    private final OfflineNoteDrafter drafter = OfflineNoteDrafter.builder()
            .clock(TestClock.at("2026-12-04T12:00:00Z")).audit(new InMemoryAuditLog()).build();

    @Test
    void writesEveryDevDraftForReadingAndEachPasses() throws IOException {
        List<Map.Entry<String, StyleProfile>> styles = new ArrayList<>(CorpusStyles.all().entrySet());
        StringBuilder out = new StringBuilder();
        List<String> flagged = new ArrayList<>();
        int n = 0;
        for (JsonNode c : PromptJson.lines(DEV)) {
            String id = c.path("id").asText();
            SessionPrompt prompt;
            try {
                prompt = PromptJson.prompt(c, id);
            } catch (RuntimeException refused) {
                out.append("## ").append(id).append(" REFUSED: ").append(refused.getMessage()).append("\n\n");
                continue;
            }
            for (NoteFormat format : NoteFormat.standard()) {
                Map.Entry<String, StyleProfile> style = styles.get(n++ % styles.size());
                NoteDraft draft;
                try {
                    draft = drafter.draft(prompt, format, style.getValue());
                } catch (org.practicekit.core.ValidationException noGoal) {
                    continue;
                }
                if (!draft.verification().passed()) {
                    flagged.add(id + " " + format.name() + " " + draft.verification().report());
                }
                out.append("## ").append(id).append(" (").append(format.name()).append(", ").append(style.getKey())
                        .append(")\n\n").append(draft.text().strip()).append("\n\n");
            }
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/dev-concerns-r14.md"), out.toString(), StandardCharsets.UTF_8);
        assertThat(flagged).isEmpty();
    }
}
