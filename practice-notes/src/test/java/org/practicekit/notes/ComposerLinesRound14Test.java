package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.testing.TestClock;

/**
 * What the composer prints behind the "Response:", "Focus:" and "Evidence:" labels, and the telehealth place: a
 * sentence tied to its intervention or goal where the words read, otherwise the clinician's words on one labelled
 * line at the end of the section, never glued into a paragraph, two in a row or under a heading of the same word.
 */
class ComposerLinesRound14Test {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-lines-r14.jsonl");
    private static final Pattern LINE = Pattern.compile("(?:^|(?<=[.!?\"] ))((?:Response|Focus|Evidence|Overall response)(?: to | of | for the )?[^:.]{0,60}): ");

    private final OfflineNoteDrafter drafter = OfflineNoteDrafter.builder().clock(TestClock.at("2026-12-04T15:00:00Z"))
            .auditLog(new InMemoryAuditLog()).build();

    /** Every dev and corpus prompt in every format and corpus style, written to target for reading and counting. */
    @Test
    void writesTheDevDraftsForReadingAndCountsTheLines() throws IOException {
        StringBuilder counts = new StringBuilder();
        StringBuilder flagged = new StringBuilder();
        for (Path set : List.of(DEV, Path.of("src/test/resources/corpus/prompts.jsonl"),
                Path.of("src/test/resources/corpus/prompts-r2.jsonl"))) {
            StringBuilder out = new StringBuilder();
            int drafts = 0;
            int lines = 0;
            int glued = 0;
            int twice = 0;
            int underHeading = 0;
            for (JsonNode c : PromptJson.lines(set)) {
                String id = c.path("id").asText();
                SessionPrompt prompt;
                try {
                    prompt = PromptJson.prompt(c, id);
                } catch (RuntimeException refused) {
                    out.append("## ").append(id).append(" REFUSED\n\n").append(refused.getMessage()).append("\n\n");
                    continue;
                }
                for (NoteFormat format : NoteFormat.standard()) {
                    if (format == NoteFormat.GIRP && prompt.goals().isEmpty()) {
                        continue;
                    }
                    for (Map.Entry<String, StyleProfile> style : CorpusStyles.all().entrySet()) {
                        NoteDraft draft = drafter.draft(prompt, format, style.getValue());
                        String text = draft.text().strip();
                        out.append("## ").append(id).append(" (").append(format.name()).append(", ")
                                .append(style.getKey()).append(")\n\n").append(text).append("\n\n");
                        for (String section : text.split("\n\n")) {
                            java.util.Set<String> seen = new java.util.HashSet<>();
                            for (String paragraph : section.split("\n")) {
                                Matcher m = LINE.matcher(paragraph);
                                while (m.find()) {
                                    lines++;
                                    if (m.start() > 0 && !paragraph.substring(0, m.start()).matches("[A-Z][A-Za-z ]*: ")) {
                                        glued++;
                                    }
                                    if (!seen.add(m.group(1))) {
                                        twice++;
                                    }
                                }
                                if (paragraph.matches("^[A-Z]{1,2}: (Response|Focus|Evidence|Overall response)[^:.]{0,60}: .*")) {
                                    underHeading++;
                                }
                            }
                        }
                        if (!draft.verification().passed()) {
                            flagged.append(id).append(' ').append(format.name()).append(' ').append(style.getKey())
                                    .append('\n').append(draft.verification().report()).append('\n');
                        }
                        drafts++;
                    }
                }
            }
            String name = set.getFileName().toString().replace(".jsonl", "");
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target/lines-r14-" + name + ".md"), out.toString(), StandardCharsets.UTF_8);
            counts.append(name).append(": drafts ").append(drafts).append(", labelled lines ").append(lines)
                    .append(", glued into a paragraph ").append(glued).append(", the same label twice in a section ").append(twice)
                    .append(", under a heading of the same word ").append(underHeading).append('\n');
        }
        Files.writeString(Path.of("target/lines-r14-counts.txt"), counts.toString(), StandardCharsets.UTF_8);
        assertThat(flagged).as(flagged.toString()).isEmpty();
    }
}
