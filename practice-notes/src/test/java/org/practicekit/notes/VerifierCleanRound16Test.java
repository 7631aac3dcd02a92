package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, round 16: a clean draft stays clean. Typed text that names a place with a second name, ages in a
 * concerns line, a risk level in capitals, a crisis line's number, or a quantity in a homework or plan step is read
 * as what it is; the same sentences with an error planted are still flagged.
 */
class VerifierCleanRound16Test {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-verifier-r16.jsonl");

    @Test
    void flagsNoCleanDevDraft() throws IOException {
        assertThat(DevRiskR13ReadTest.writeDrafts(DEV, Path.of("target/dev-verifier-r16.md"))).isEmpty();
    }
}
