package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The blind planted-error set ({@code corpora/notes/blind-r1.jsonl}), written by a writer who never
 * saw the composer or the verifier, run through the same public API as the dev set. Its figures are
 * reported in docs/notes.md and never tuned against: this test only writes the report
 * ({@code target/blind-r1.txt}) and checks what must hold whatever the figures, that every error the
 * verifier catches makes the LLM drafter fall back to the offline draft.
 */
class BlindPlantedErrorsTest {
    static final Path BLIND = Path.of("../corpora/notes/blind-r1.jsonl");
    static final Path BLIND_R2 = Path.of("../corpora/notes/blind-r2.jsonl");

    @Test
    void blindRoundOneIsReportedAndEveryCaughtErrorMakesTheLlmPathFallBack() throws IOException {
        score(BLIND, "blind-r1");
    }

    /**
     * Round 2 ({@code corpora/notes/blind-r2.jsonl}), scored once after the composer and the verifier
     * were frozen; the report is {@code target/blind-r2.txt}.
     */
    @Test
    void blindRoundTwoIsReportedAndEveryCaughtErrorMakesTheLlmPathFallBack() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(BLIND_R2), "blind-r2.jsonl not merged yet");
        score(BLIND_R2, "blind-r2");
    }

    private static PlantedRun score(Path corpus, String name) throws IOException {
        PlantedRun run = PlantedRun.of(corpus, true);
        String report = run.report(name);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/" + name + ".txt"), report, StandardCharsets.UTF_8);

        assertThat(run.cases).isGreaterThan(0);
        assertThat(run.results).filteredOn(r -> r.outcome() == PlantedRun.Outcome.CAUGHT)
                .allSatisfy(r -> assertThat(r.llmFellBack()).as(r.caseId()).isTrue());
        return run;
    }
}
