package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Drafts every round-15 groups and "none" dev prompt in the five formats, a style taken in turn, and writes them to
 * {@code target/dev-groups-r15.md} for a clinician's read; every draft must pass the verifier.
 */
class DevGroupsR15ReadTest {
    @Test
    void writesEveryDevDraftForReading() throws IOException {
        assertThat(DevRiskR13ReadTest.writeDrafts(Path.of("src/test/resources/corpus/dev-groups-r15.jsonl"),
                Path.of("target/dev-groups-r15.md"))).isEmpty();
    }
}
