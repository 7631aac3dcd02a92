package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Round 32: a presenting or other concern the composer could not read as a phrase it knows was printed after a label
 * ("Presenting concerns: ...", "Other concerns: ..."). Every dev prompt ({@code corpus/dev-concerns-r32.jsonl},
 * written before the change) is drafted in the five formats ({@code target/dev-concerns-r32.md}); every draft passes
 * the verifier.
 */
class ComposerConcernsRound32Test {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-concerns-r32.jsonl");

    static final Map<String, Predicate<String>> SHAPES = new LinkedHashMap<>();

    static {
        SHAPES.put("\"Presenting/Other concerns:\" lines",
                s -> s.matches("(?:\\*\\*[^*]+\\*\\*\\s*)?(?:[A-Z]: )?(?:Presenting|Other) concerns: .*"));
    }

    @Test
    void everyDevDraftPassesTheVerifier() throws IOException {
        List<String> flagged = ComposerResponseRound24Test.draftAndCount(DEV, "dev-concerns-r32", "concerns32.before",
                SHAPES);
        assertThat(flagged).isEmpty();
    }

    /** At most the kept lines (docs/notes.md, "Round 32: concerns as sentences"). */
    @Test
    void fewDevDraftsKeepAConcernsLine() throws IOException {
        List<String> lines = ComposerResponseRound24Test.keptLines(DEV, "dev-concerns-r32", "concerns32.before", SHAPES);
        assertThat(lines.size()).as(String.join("\n", lines)).isLessThanOrEqualTo(MAX_LINES);
    }

    static final int MAX_LINES = 1000;
}
