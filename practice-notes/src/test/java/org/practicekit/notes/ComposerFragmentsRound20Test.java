package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Round 20: typed fragments written as sentences. Every dev prompt is drafted in the five formats, a corpus style in
 * turn ({@code target/dev-grammar-r20.md}), and every draft must pass the verifier.
 */
class ComposerFragmentsRound20Test {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-grammar-r20.jsonl");

    @Test
    void writesEveryDevDraftForReadingAndEachPasses() throws IOException {
        assertThat(DevRiskR13ReadTest.writeDrafts(DEV, Path.of("target/dev-grammar-r20.md"))).isEmpty();
    }
}
