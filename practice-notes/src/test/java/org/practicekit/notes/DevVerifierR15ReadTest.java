package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Drafts every round-15 verifier dev prompt (clean drafts of typed counts, negations, other people's roles, places,
 * risk words inside names, past deeds beside plans, filler) in the five formats, a style taken in turn, and writes
 * them to {@code target/dev-verifier-r15.md}; no clean draft may be flagged.
 */
class DevVerifierR15ReadTest {
    @Test
    void flagsNoCleanDevDraft() throws IOException {
        assertThat(DevRiskR13ReadTest.writeDrafts(Path.of("src/test/resources/corpus/dev-verifier-r15.jsonl"),
                Path.of("target/dev-verifier-r15.md"))).isEmpty();
    }
}
