package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.testing.TestClock;

/**
 * Round 30b: a response or overall response typed with a quotation ("said "..."", "nodded, said "..."", a quotation
 * alone) is a sentence with the client as its subject and the quotation verbatim, never a "Response to X:" or
 * "Overall response:" line. Every dev prompt ({@code corpus/dev-quotes-r30.jsonl}, written before the change) is
 * drafted in the five formats ({@code target/dev-quotes-r30.md}); every draft passes the verifier.
 */
class ComposerResponseQuotesRound30Test {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-quotes-r30.jsonl");

    static final Map<String, Predicate<String>> SHAPES = new LinkedHashMap<>();

    static {
        SHAPES.put("\"Response to\" lines with a quotation", s -> s.matches("(?:\\*\\*[^*]+\\*\\*\\s*)?(?:[A-Z]: )?"
                + "Response to [^:]+: .*[\"'\u201C\u2018].*"));
        SHAPES.put("\"Overall response\" lines with a quotation", s -> s.matches("(?:\\*\\*[^*]+\\*\\*\\s*)?"
                + "(?:[A-Z]: )?(?:Overall )?[Rr]esponse: .*[\"'\u201C\u2018].*"));
    }

    @Test
    void everyDevDraftPassesTheVerifier() throws IOException {
        List<String> flagged = ComposerResponseRound24Test.draftAndCount(DEV, "dev-quotes-r30", "quotes30.before",
                SHAPES);
        assertThat(flagged).isEmpty();
    }

    /** At most the few kept lines (docs/notes.md, "Round 30: a response with a quotation"). */
    @Test
    void fewDevDraftsKeepAQuotedResponseLine() throws IOException {
        ComposerResponseRound24Test.draftAndCount(DEV, "dev-quotes-r30", "quotes30.before", SHAPES);
        String drafts = Files.readString(Path.of("target/dev-quotes-r30.md"), StandardCharsets.UTF_8);
        List<String> lines = drafts.lines().map(l -> l.replaceFirst("^(?:\\*\\*[^*]+\\*\\*\\s*)?(?:[A-Z]: )?", ""))
                .filter(l -> SHAPES.values().stream().anyMatch(s -> s.test(l))).toList();
        assertThat(lines.size()).as(String.join("\n", lines)).isLessThanOrEqualTo(MAX_LINES);
    }

    static final int MAX_LINES = 150;

    static NoteDraft draft(String id) {
        SessionPrompt prompt = ComposerResponseRound24Test.prompt(DEV, id);
        return OfflineNoteDrafter.builder().clock(TestClock.at("2026-12-04T12:00:00Z")).audit(new InMemoryAuditLog())
                .build().draft(prompt, NoteFormat.SOAP, StyleProfile.defaults());
    }
}
