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
 * Round 30: an intervention's response, the overall response and the outreach of a missed session are sentences,
 * never a "Response to X:", "Overall response:" or "Outreach:" line. Every dev prompt ({@code
 * corpus/dev-response-r30.jsonl}, written before the change) is drafted in the five formats ({@code
 * target/dev-response-r30.md}); every draft passes the verifier, and the labelled shapes are counted in {@code
 * target/dev-response-r30-counts.txt}.
 */
class ComposerResponseProseRound30Test {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-response-r30.jsonl");

    static final Map<String, Predicate<String>> SHAPES = new LinkedHashMap<>();

    static {
        SHAPES.put("\"Response to\" lines", s -> s.matches("(?:\\*\\*[^*]+\\*\\*\\s*)?(?:[A-Z]: )?Response to [^:]+: .+"));
        SHAPES.put("\"Overall response\" lines", s -> s.matches("(?:\\*\\*[^*]+\\*\\*\\s*)?(?:[A-Z]: )?(?:Overall )?"
                + "[Rr]esponse: .+"));
        SHAPES.put("\"Outreach\" lines", s -> s.matches("(?:\\*\\*[^*]+\\*\\*\\s*)?(?:[A-Z]: )?Outreach: .+"));
    }

    @Test
    void everyDevDraftPassesTheVerifier() throws IOException {
        List<String> flagged = ComposerResponseRound24Test.draftAndCount(DEV, "dev-response-r30", "response30.before",
                SHAPES);
        assertThat(flagged).isEmpty();
    }

    /** No labelled line for the three fields on any dev prompt, in any format. */
    @Test
    void noDevDraftKeepsAResponseOrOutreachLine() throws IOException {
        List<String> lines = ComposerResponseRound24Test.keptLines(DEV, "dev-response-r30", "response30.before", SHAPES);
        assertThat(lines.size()).as(String.join("\n", lines)).isLessThanOrEqualTo(MAX_LINES);
    }

    // The lines still kept on the dev set after round 30 (60 before) (docs/notes.md, "Round 30: the response as sentences").
    static final int MAX_LINES = 56;

    private static NoteDraft draft(String id) {
        return KeptWordChanges.soap(DEV, id);
    }
}
