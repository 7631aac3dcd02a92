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
        assertThat(DevRiskR13ReadTest.writeDrafts(DEV, Path.of("target/dev-meaning-r17.md"))).isEmpty();
    }
}
