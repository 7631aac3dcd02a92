package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The independent planted-error dev set ({@code corpora/notes/dev-independent-r18.jsonl}): written to the blind
 * writers' brief by a writer who never saw the composer or the verifier, and open to read (never to copy into rules or
 * examples). Unlike a blind set it is read every round, so a change is judged on text nobody tuned to before a blind
 * set is spent on it. The report ({@code target/dev-independent-r18.txt}) lists every rejected prompt, miss and finding
 * on a clean draft; the floors are round 17's figures (650 of 653 caught, 11 clean drafts flagged), and 1 prompt
 * rejected since round 18's refusals (8 on round 17).
 */
class IndependentPlantedErrorsTest {
    private static final Path SET = Path.of("../corpora/notes/dev-independent-r18.jsonl");

    @Test
    void theIndependentSetHoldsRoundSeventeensFigures() throws IOException {
        PlantedRun run = PlantedRun.of(SET, true);
        String report = run.report("dev-independent-r18");
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/dev-independent-r18.txt"), report, StandardCharsets.UTF_8);

        assertThat(run.cases).as(report).isGreaterThan(130);
        assertThat(run.recall()).as(report).isGreaterThanOrEqualTo(0.995);
        assertThat(run.cleanFlagged).as(report).hasSizeLessThanOrEqualTo(11);
        assertThat(run.rejected).as(report).hasSizeLessThanOrEqualTo(1);
        assertThat(run.results).filteredOn(r -> r.outcome() == PlantedRun.Outcome.CAUGHT)
                .allSatisfy(r -> assertThat(r.llmFellBack()).as(r.caseId()).isTrue());
    }
}
