package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.testing.TestClock;

/**
 * Round 29: an intervention's response and focus and a goal's evidence are prose, never a "Response to X:", "Focus of
 * X:" or "Evidence for the goal:" line. Every dev prompt ({@code corpus/dev-lines-r29.jsonl}, written before the change)
 * is drafted in the five formats ({@code target/dev-lines-r29.md}); every draft must pass the verifier, and the counts of
 * the labelled shapes go to {@code target/dev-lines-r29-counts.txt}.
 */
class ComposerLinesProseRound29Test {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-lines-r29.jsonl");

    static final Map<String, Predicate<String>> SHAPES = new LinkedHashMap<>();

    static {
        SHAPES.put("\"Response to\" lines", s -> s.matches("(?:\\*\\*[^*]+\\*\\*\\s*)?(?:[A-Z]: )?Response to [^:]+: .+"));
        SHAPES.put("\"Focus of\" lines", s -> s.matches("(?:\\*\\*[^*]+\\*\\*\\s*)?(?:[A-Z]: )?Focus(?: of [^:]+)?: .+"));
        SHAPES.put("\"Evidence for\" lines", s -> s.matches("(?:\\*\\*[^*]+\\*\\*\\s*)?(?:[A-Z]: )?Evidence(?: for [^:]+)?:.*"));
    }

    @Test
    void everyDevDraftPassesTheVerifier() throws IOException {
        List<String> flagged = ComposerResponseRound24Test.draftAndCount(DEV, "dev-lines-r29", "lines29.before", SHAPES);
        assertThat(flagged).isEmpty();
    }

    /** What a reader notices: no labelled line for these fields, and no clinician's shorthand left in their prose. */
    @Test
    void responseFocusAndEvidenceAreProseWithShorthandWrittenOut() {
        OfflineNoteDrafter drafter = OfflineNoteDrafter.builder().clock(TestClock.at("2026-12-04T12:00:00Z"))
                .audit(new InMemoryAuditLog()).build();
        List<String> lines = new ArrayList<>();
        for (com.fasterxml.jackson.databind.JsonNode c : PromptJson.lines(DEV)) {
            SessionPrompt prompt = PromptJson.promptOrRefusal(c, new StringBuilder()).orElseThrow();
            NoteDraft d = drafter.draft(prompt, NoteFormat.SOAP, StyleProfile.defaults());
            for (String line : d.text().split("\n")) {
                String s = line.replaceFirst("^(?:\\*\\*[^*]+\\*\\*\\s*)?(?:[A-Z]: )?", "");
                if (SHAPES.values().stream().anyMatch(x -> x.test(s))) {
                    lines.add(c.path("id").asText() + ": " + s);
                }
            }
        }
        assertThat(lines).isEmpty();
    }
}
