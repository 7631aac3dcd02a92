package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.testing.TestClock;

/**
 * Round 18: the clinician's shorthand written out in prose ("10 min" as "10 minutes", "x2" as "twice", "~1 hr/day"
 * as "about 1 hour per day"). The dev prompts and the train and dev corpora are drafted in every standard format and
 * corpus style ({@code target/grammar-r18-*.md} for reading; every draft verified), and the SOAP draft of each dev
 * prompt and of the first 20 independent prompts is written for counting the shorthand left in prose
 * ({@code target/grammar-r18-counts.txt}).
 */
class ComposerGrammarRound18Test {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-grammar-r18.jsonl");
    static final Path INDEPENDENT = Path.of("../corpora/notes/dev-independent-r18.jsonl");

    /** Shorthand a signed sentence spells out, outside quotation marks: units, counts, "~", "pt", "yo", "wk". */
    private static final Pattern SHORTHAND = Pattern.compile("(?i)(?<![\\w/])(?:\\d+(?:\\.\\d+)? ?(?:min|mins|hr|hrs|h|wk"
            + "|wks)\\b|x ?\\d+\\b|\\d+x\\b|~ ?\\d|pt:?(?= )|yo\\b|wk\\b|wks\\b|hr/|min/)");

    private final OfflineNoteDrafter drafter = OfflineNoteDrafter.builder().clock(TestClock.at("2026-12-05T08:00:00Z"))
            .auditLog(new InMemoryAuditLog()).build();

    @Test
    void writesTheDraftsForReading() throws IOException {
        String flagged = PromptJson.writeDraftsForReading(drafter, "grammar-r18", DEV);
        assertThat(flagged).isEmpty();
    }

    @Test
    void countsTheShorthandLeftInProse() throws IOException {
        StringBuilder counts = new StringBuilder();
        for (Path set : new Path[] {DEV, INDEPENDENT}) {
            Set<String> sentences = new LinkedHashSet<>();
            StringBuilder out = new StringBuilder();
            int drafted = 0;
            for (JsonNode c : PromptJson.lines(set)) {
                if (drafted == (set == DEV ? Integer.MAX_VALUE : 20)) {
                    break;
                }
                Optional<SessionPrompt> prompt = PromptJson.promptOrRefusal(c, out);
                if (prompt.isEmpty()) {
                    continue;
                }
                drafted++;
                String text = drafter.draft(prompt.get(), NoteFormat.SOAP, StyleProfile.defaults()).text();
                out.append("## ").append(c.path("id").asText()).append("\n\n").append(text.strip()).append("\n\n");
                for (String sentence : text.split("(?<=[.!?])\\s+|\\n")) {
                    String unquoted = sentence.replaceAll("\"[^\"]*\"", "\"\"");
                    if (SHORTHAND.matcher(unquoted).find()) {
                        sentences.add(sentence.strip());
                    }
                }
            }
            String name = set.getFileName().toString().replace(".jsonl", "");
            Files.writeString(Path.of("target/grammar-r18-soap-" + name + ".md"), out, StandardCharsets.UTF_8);
            counts.append(name).append(": ").append(drafted).append(" SOAP drafts, ").append(sentences.size())
                    .append(" distinct sentences with shorthand in prose\n");
            sentences.forEach(s -> counts.append("  ").append(s).append('\n'));
        }
        Files.writeString(Path.of("target/grammar-r18-counts.txt"), counts, StandardCharsets.UTF_8);
        assertThat(counts).isNotEmpty();
    }
}
