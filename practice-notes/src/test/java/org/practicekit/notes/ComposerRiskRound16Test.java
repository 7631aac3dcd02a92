package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Round 16: the risk part, no-show notes and whose fact it is. Every dev prompt is drafted in the five formats, a
 * corpus style in turn ({@code target/dev-risk-r16.md}), and every draft must pass the verifier.
 */
class ComposerRiskRound16Test {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-risk-r16.jsonl");

    @Test
    void writesEveryDevDraftForReadingAndEachPasses() throws IOException {
        assertThat(DevRiskR13ReadTest.writeDrafts(DEV, Path.of("target/dev-risk-r16.md"))).isEmpty();
    }
}
