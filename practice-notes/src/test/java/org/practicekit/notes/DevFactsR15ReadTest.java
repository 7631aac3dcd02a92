package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Drafts every round-15 dev prompt (record facts, homework and plan items, the risk part) in the five formats, a
 * style taken in turn, and writes them to {@code target/dev-facts-r15.md} for a clinician's read; every draft must
 * pass the verifier.
 */
class DevFactsR15ReadTest {
    @Test
    void writesEveryDevDraftForReading() throws IOException {
        assertThat(DevRiskR13ReadTest.writeDrafts(Path.of("src/test/resources/corpus/dev-facts-r15.jsonl"),
                Path.of("target/dev-facts-r15.md"))).isEmpty();
    }
}
