package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, round 18: a clean draft stays clean. A typed line that says who reported a fact ("... per school nurse",
 * "(OTC, per psychiatrist)"), a "not applicable" typed with its reason, and a typed verb in its own sense are read as
 * what they say; each dev prompt carries a planted error of its class that must still be caught.
 */
class VerifierCleanRound18Test {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-clean-r18.jsonl");

    @Test
    void theDevFileDraftsCleanAndEveryPlantedErrorIsCaught() throws IOException {
        PlantedRun run = PlantedRun.of(DEV, false);
        String report = run.report("dev-clean-r18");
        List<String> flagged = DevRiskR13ReadTest.writeDrafts(DEV, Path.of("target/dev-clean-r18.md"));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/dev-clean-r18.txt"), report + String.join("\n", flagged),
                StandardCharsets.UTF_8);
        assertThat(run.rejected).as(report).isEmpty();
        assertThat(flagged).as(report).isEmpty();
        assertThat(run.cleanFlagged).as(report).isEmpty();
        assertThat(run.count(PlantedRun.Outcome.MISSED)).as(report).isZero();
    }

    /** Clean drafts flagged on the in-sample sets, for the docs' before/after figures. */
    @Test
    void inSampleSetsDraftClean() throws IOException {
        StringBuilder out = new StringBuilder();
        int total = 0;
        for (String set : List.of("prompts", "prompts-r2")) {
            List<String> flagged = DevRiskR13ReadTest.writeDrafts(Path.of("src/test/resources/corpus/" + set + ".jsonl"),
                    Path.of("target/clean-r18-" + set + ".md"));
            out.append(set).append(": ").append(flagged.size()).append(" flagged\n");
            flagged.forEach(f -> out.append("  ").append(f).append('\n'));
            total += flagged.size();
        }
        Files.writeString(Path.of("target/clean-r18-in-sample.txt"), out, StandardCharsets.UTF_8);
        assertThat(total).as(out.toString()).isZero();
    }
}
