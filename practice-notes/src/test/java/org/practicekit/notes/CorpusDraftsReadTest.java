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
 * Writes the draft of every train and dev corpus prompt (round 1 and round 2 corpora, never a blind
 * set), each in its own format and in a style taken in turn, to {@code target/corpus-drafts.md}, so the
 * composer's own authors can read them as a clinician would before a change is merged.
 */
class CorpusDraftsReadTest {
    static final Path OUT = Path.of("target/corpus-drafts.md");
    static final Path LINES = Path.of("target/corpus-labelled-lines.md");

    @Test
    void writesEveryCorpusDraftForReading() throws IOException {
        OfflineNoteDrafter drafter = OfflineNoteDrafter.builder().clock(TestClock.at("2026-12-03T12:00:00Z"))
                .audit(new InMemoryAuditLog()).build();
        List<Map.Entry<String, StyleProfile>> styles = new ArrayList<>(CorpusStyles.all().entrySet());
        StringBuilder out = new StringBuilder();
        // Labelled lines by label (the clinician's field as typed, not composed): what a reader still rewrites.
        Map<String, Integer> labels = new java.util.TreeMap<>();
        List<String> lines = new ArrayList<>();
        int n = 0;
        for (Path corpus : List.of(GrammarGateTest.CORPUS, GrammarGateTest.CORPUS_R2)) {
            for (JsonNode c : PromptJson.lines(corpus)) {
                String id = c.path("id").asText();
                SessionPrompt prompt = PromptJson.prompt(c, id);
                Map.Entry<String, StyleProfile> style = styles.get(n++ % styles.size());
                NoteDraft draft = drafter.draft(prompt, PromptJson.format(c), style.getValue());
                for (DraftSentence s : draft.sentences()) {
                    java.util.regex.Matcher m = ComposerCoverageTest.LABELLED.matcher(s.text());
                    if (m.find()) {
                        labels.merge(m.group().strip(), 1, Integer::sum);
                        lines.add(id + " " + s.text());
                    }
                }
                out.append("## ").append(id).append(" (").append(PromptJson.format(c).name()).append(", ")
                        .append(style.getKey()).append(")\n\n").append(c.path("prompt")).append("\n\n")
                        .append(draft.text().strip()).append("\n\n");
            }
        }
        Files.createDirectories(OUT.getParent());
        Files.writeString(OUT, out.toString(), StandardCharsets.UTF_8);
        StringBuilder counts = new StringBuilder("labelled lines: " + lines.size() + "\n");
        labels.forEach((k, v) -> counts.append(k).append(' ').append(v).append('\n'));
        lines.forEach(x -> counts.append("- ").append(x).append('\n'));
        Files.writeString(LINES, counts.toString(), StandardCharsets.UTF_8);
        assertThat(n).isEqualTo(79);
    }
}
