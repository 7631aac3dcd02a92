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
 * Drafts every round-13 risk dev prompt in the five formats, a style taken in turn, and writes them to
 * {@code target/dev-risk-r13.md} for a clinician's read; every draft must pass the verifier.
 */
class DevRiskR13ReadTest {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-risk-r13.jsonl");

    @Test
    void writesEveryDevDraftForReading() throws IOException {
        assertThat(draftAll(DEV, Path.of("target/dev-risk-r13.md"))).isEmpty();
    }

    /**
     * Drafts every prompt of the dev file {@code dev} in the five formats, a corpus style taken in turn, writes them
     * to {@code out} for a clinician's read, and returns the drafts the verifier flagged.
     */
    static List<String> draftAll(Path dev, Path out) throws IOException {
        OfflineNoteDrafter drafter = OfflineNoteDrafter.builder().clock(TestClock.at("2026-12-04T12:00:00Z"))
                .audit(new InMemoryAuditLog()).build();
        List<Map.Entry<String, StyleProfile>> styles = new ArrayList<>(CorpusStyles.all().entrySet());
        StringBuilder text = new StringBuilder();
        List<String> flagged = new ArrayList<>();
        int n = 0;
        for (JsonNode c : PromptJson.lines(dev)) {
            String id = c.path("id").asText();
            SessionPrompt prompt;
            try {
                prompt = PromptJson.prompt(c, id);
            } catch (RuntimeException refused) {
                text.append("## ").append(id).append(" REFUSED: ").append(refused.getMessage()).append("\n\n");
                continue;
            }
            for (NoteFormat format : NoteFormat.standard()) {
                Map.Entry<String, StyleProfile> style = styles.get(n++ % styles.size());
                NoteDraft draft;
                try {
                    draft = drafter.draft(prompt, format, style.getValue());
                } catch (org.practicekit.core.ValidationException noGoal) {
                    continue; // GIRP and the like need a treatment-plan goal the prompt does not name
                }
                if (!draft.verification().passed()) {
                    flagged.add(id + " " + format.name() + " " + draft.verification().report());
                }
                text.append("## ").append(id).append(" (").append(format.name()).append(", ").append(style.getKey())
                        .append(")\n\n").append(draft.text().strip()).append("\n\n");
            }
        }
        Files.createDirectories(out.getParent());
        Files.writeString(out, text.toString(), StandardCharsets.UTF_8);
        return flagged;
    }
}
