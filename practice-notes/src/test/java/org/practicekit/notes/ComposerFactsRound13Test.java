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
 * What each typed fact is and where a signing clinician expects it: who the client is in the opening sentence, a
 * diagnosis as the record's, a telehealth place as a place, a stopped medication never listed as current. Every
 * draft passes the verifier.
 */
class ComposerFactsRound13Test {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-facts-r13.jsonl");

    private final OfflineNoteDrafter drafter = OfflineNoteDrafter.builder().clock(TestClock.at("2026-12-04T15:00:00Z"))
            .auditLog(new InMemoryAuditLog()).build();

    /** Every dev prompt in every format, the styles in turn, to target/dev-facts-r13.md for reading. */
    @Test
    void writesEveryDevDraftForReading() throws IOException {
        List<Map.Entry<String, StyleProfile>> styles = new ArrayList<>(CorpusStyles.all().entrySet());
        StringBuilder out = new StringBuilder();
        int n = 0;
        List<String> flagged = new ArrayList<>();
        for (JsonNode c : PromptJson.lines(DEV)) {
            String id = c.path("id").asText();
            SessionPrompt prompt = PromptJson.prompt(c, id);
            for (NoteFormat format : NoteFormat.standard()) {
                Map.Entry<String, StyleProfile> style = styles.get(n++ % styles.size());
                NoteDraft draft = drafter.draft(prompt, format, style.getValue());
                if (!draft.verification().passed()) {
                    flagged.add(id + " " + format.name() + "\n" + draft.verification().report());
                }
                out.append("## ").append(id).append(" (").append(format.name()).append(", ").append(style.getKey())
                        .append(")\n\n").append(draft.text().strip()).append("\n\n");
            }
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/dev-facts-r13.md"), out.toString(), StandardCharsets.UTF_8);
        assertThat(n).isEqualTo(5 * PromptJson.lines(DEV).size());
        assertThat(flagged).as("drafts the verifier flags").isEmpty();
    }
}
