package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.testing.TestClock;

/**
 * Round 31: an intervention's focus typed in chart shorthand (a quoted thought, items joined by "+" or "&", a semicolon
 * list, a parenthesis, "re:", a comma list of noun phrases, "pt practicing ...") is a sentence with the intervention
 * as its subject or frame, never a "Focus of X:" line, where the composer can say it with the typed words kept. Every
 * dev prompt ({@code corpus/dev-focus-r31.jsonl}, written before the change) is drafted in the five formats
 * ({@code target/dev-focus-r31.md}); every draft passes the verifier.
 */
class ComposerFocusRound31Test {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-focus-r31.jsonl");

    static final Map<String, Predicate<String>> SHAPES = new LinkedHashMap<>();

    static {
        SHAPES.put("\"Focus of\" lines", s -> s.matches("(?:\\*\\*[^*]+\\*\\*\\s*)?(?:[A-Z]: )?Focus(?: of [^:]+)?: .*"));
    }

    @Test
    void everyDevDraftPassesTheVerifier() throws IOException {
        List<String> flagged = ComposerResponseRound24Test.draftAndCount(DEV, "dev-focus-r31", "focus31.before", SHAPES);
        assertThat(flagged).isEmpty();
    }

    /** At most the few kept lines (docs/notes.md, "Round 31: the focus as sentences"). */
    @Test
    void fewDevDraftsKeepAFocusLine() throws IOException {
        List<String> lines = ComposerResponseRound24Test.keptLines(DEV, "dev-focus-r31", "focus31.before", SHAPES);
        assertThat(lines.size()).as(String.join("\n", lines)).isLessThanOrEqualTo(MAX_LINES);
    }

    // 84 before the change (21 prompts x 4 drafted formats).
    static final int MAX_LINES = 84;

    static NoteDraft draft(String id) {
        SessionPrompt prompt = ComposerResponseRound24Test.prompt(DEV, id);
        return OfflineNoteDrafter.builder().clock(TestClock.at("2026-12-04T12:00:00Z")).audit(new InMemoryAuditLog())
                .build().draft(prompt, NoteFormat.SOAP, StyleProfile.defaults());
    }
}
