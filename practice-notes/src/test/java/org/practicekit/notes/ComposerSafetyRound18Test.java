package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Round 18: who did what in the risk part, and whether it happened. Every dev prompt is drafted in the five formats,
 * a corpus style in turn ({@code target/dev-safety-r18.md}), each draft verified clean.
 */
class ComposerSafetyRound18Test {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-safety-r18.jsonl");

    @Test
    void writesEveryDevDraftForReadingAndEachPasses() throws IOException {
        assertThat(DevRiskR13ReadTest.writeDrafts(DEV, Path.of("target/dev-safety-r18.md"))).isEmpty();
    }
}
