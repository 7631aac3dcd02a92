package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.practicekit.core.ValidationException;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.testing.TestClock;

/**
 * Writes the drafts of the round-38 clinician read: 100 prompts picked at random (fixed seed) from the
 * round-38 blind prompts ({@code corpora/notes/blind-r38.jsonl}, which the composer was never tuned on;
 * only the prompts, never the planted errors), each drafted in a format and a style picked at random,
 * to {@code target/notes-read-r38/drafts.md}. Each draft follows its number, format, style and the
 * session prompt as the clinician typed it, in plain text. Earlier reads are
 * {@code corpora/notes/blind-read-r1.md} to {@code -r37.md}.
 */
class BlindReadDraftsTest {
    static final Path OUT = Path.of("target/notes-read-r38/drafts.md");
    static final Path SOURCE = Path.of("../corpora/notes/blind-r38.jsonl");

    @Test
    void writesOneHundredRandomDraftsWithTheirPrompts() throws IOException {
        OfflineNoteDrafter drafter = OfflineNoteDrafter.builder().clock(TestClock.at("2026-12-03T12:00:00Z"))
                .auditLog(new InMemoryAuditLog()).build();
        Path source = SOURCE;
        List<JsonNode> accepted = new ArrayList<>();
        List<SessionPrompt> prompts = new ArrayList<>();
        for (JsonNode c : PromptJson.lines(source)) {
            try {
                prompts.add(PromptJson.prompt(c, c.path("id").asText()));
                accepted.add(c);
            } catch (ValidationException | IllegalArgumentException rejected) {
                // A prompt the builder rejects has no draft to read; the blind report lists it.
            }
        }
        List<Map.Entry<String, StyleProfile>> styles = new ArrayList<>(CorpusStyles.all().entrySet());
        Random random = new Random(20270108L);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < accepted.size(); i++) {
            order.add(i);
        }
        java.util.Collections.shuffle(order, random);
        StringBuilder out = new StringBuilder("# 100 draft progress notes, round 38\n\nEach draft follows the session"
                + " prompt it was drafted from, as the clinician typed it. Read each draft as a licensed clinician"
                + " would before signing it, and list every sentence you would rewrite.\n\n");
        for (int n = 0; n < 100; n++) {
            // Fewer accepted prompts than 100: the list starts again, in another format and style.
            int index = order.get(n % order.size());
            JsonNode c = accepted.get(index);
            SessionPrompt prompt = prompts.get(index);
            NoteFormat format = NoteFormat.standard().get(random.nextInt(5));
            if (format.sectionHolding(SectionContent.GOALS).isPresent() && prompt.goals().isEmpty()) {
                format = NoteFormat.SOAP;
            }
            Map.Entry<String, StyleProfile> style = styles.get(random.nextInt(styles.size()));
            NoteDraft draft = drafter.draft(prompt, format, style.getValue());
            out.append("## Draft ").append(n + 1).append(" of 100\n\nFormat: ").append(format.name())
                    .append("  \nStyle profile: ").append(style.getKey()).append("\n\n### Session prompt\n\n");
            typed(c.path("prompt"), "", out);
            out.append("\n### Draft\n\n").append(String.join("\n\n", draft.text().strip().lines()
                    .filter(line -> !line.isBlank()).toList())).append("\n\n");
        }
        Files.createDirectories(OUT.getParent());
        Files.writeString(OUT, out.toString(), StandardCharsets.UTF_8);
        assertThat(out.toString()).contains("## Draft 100 of 100").doesNotContain("\"errors\"");
    }

    /** The prompt's fields and values in plain text, one line each, lists item by item. */
    private static void typed(JsonNode node, String path, StringBuilder out) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> f = it.next();
                typed(f.getValue(), path.isEmpty() ? f.getKey() : path + "." + f.getKey(), out);
            }
        } else if (node.isArray()) {
            if (node.isEmpty()) {
                out.append("- ").append(path).append(": (none)\n");
            }
            for (int i = 0; i < node.size(); i++) {
                typed(node.get(i), path + "[" + (i + 1) + "]", out);
            }
        } else {
            String v = node.asText();
            out.append("- ").append(path).append(": ").append(v.isEmpty() ? "(empty)" : v).append('\n');
        }
    }
}
