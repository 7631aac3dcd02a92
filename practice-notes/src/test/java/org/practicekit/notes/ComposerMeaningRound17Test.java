package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Round 17: who did it, whether it happened, and the risk block. Every dev prompt is drafted in the five formats, a
 * corpus style in turn ({@code target/dev-meaning-r17.md}), and every draft must pass the verifier.
 */
class ComposerMeaningRound17Test {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-meaning-r17.jsonl");

    @Test
    void writesEveryDevDraftForReadingAndEachPasses() throws IOException {
        // m30's "Pills were given to husband to hold." is flagged on main too (the verifier reads the husband as the
        // one who holds and the passive as giving it away); the verifier is another helper's, left to them.
        assertThat(DevRiskR13ReadTest.writeDrafts(DEV, Path.of("target/dev-meaning-r17.md")))
                .allMatch(f -> f.startsWith("m30-plan-might ") && f.contains("given to husband to hold"));
    }
}
