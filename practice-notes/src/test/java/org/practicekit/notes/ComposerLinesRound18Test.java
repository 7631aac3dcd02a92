package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.testing.TestClock;

/**
 * Round 18: the labelled lines of the focuses, responses, goal evidence, overall responses, concerns and outreach,
 * counted on this round's dev file and the earlier ones ({@code target/lines-r18-*.md} for reading,
 * {@code target/lines-r18-counts.txt} for the counts in docs/notes.md); every draft must pass the verifier.
 */
class ComposerLinesRound18Test {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-lines-r18.jsonl");
    /** A labelled line of this brief's fields. */
    private static final Pattern LINE = Pattern.compile("(?:^|(?<=[.!?\"] ))((?:Presenting concerns|Other concerns"
            + "|Outreach|Response|Focus|Evidence|Overall response)(?: to | of | for the )?[^:.]{0,60}): "
            + "([^\n]*?[.!?\"])(?= |$)");

    private final OfflineNoteDrafter drafter = OfflineNoteDrafter.builder().clock(TestClock.at("2026-12-05T03:00:00Z"))
            .auditLog(new InMemoryAuditLog()).build();

    @Test
    void writesTheDraftsForReadingAndCountsLabelledLines() throws IOException {
        StringBuilder counts = new StringBuilder();
        StringBuilder flagged = new StringBuilder();
        for (Path set : List.of(DEV, Path.of("src/test/resources/corpus/dev-prose-r17.jsonl"))) {
            StringBuilder out = new StringBuilder();
            Set<String> distinct = new LinkedHashSet<>();
            List<String> texts = PromptJson.draftsForReading(drafter, set, false, out, flagged);
            int lines = PromptJson.countLines(texts, LINE, distinct);
            String name = set.getFileName().toString().replace(".jsonl", "");
            Files.writeString(Path.of("target/lines-r18-" + name + ".md"), out, StandardCharsets.UTF_8);
            counts.append(name).append(": drafts ").append(texts.size()).append(", labelled lines ").append(lines)
                    .append(String.format(" (%.2f a draft)", texts.isEmpty() ? 0.0 : (double) lines / texts.size()))
                    .append(", distinct ").append(distinct.size()).append('\n');
            distinct.forEach(l -> counts.append("  L ").append(l).append('\n'));
        }
        Files.writeString(Path.of("target/lines-r18-counts.txt"), counts, StandardCharsets.UTF_8);
        assertThat(flagged.toString().strip()).isEmpty();
    }
}
