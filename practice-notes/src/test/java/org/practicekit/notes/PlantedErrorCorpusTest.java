package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * The planted-error dev corpus ({@code corpora/notes/planted-dev.jsonl}, made by
 * {@code make-planted-dev.py}): at least 400 cases over at least ten kinds of error, each kind planted
 * as a new sentence, as a clause added to a sourced sentence and as a replaced word. The verifier
 * catches at least 99 % of them, flags none of the clean drafts, and the LLM drafter falls back to the
 * offline draft for every error the verifier catches.
 */
// Its own drafter and verifier, its own report: runs beside the module's other classes (junit-platform.properties).
@Execution(ExecutionMode.CONCURRENT)
class PlantedErrorCorpusTest {
    static final Path DEV = Path.of("../corpora/notes/planted-dev.jsonl");

    @Test
    void theVerifierCatchesPlantedErrorsAndFlagsNoCleanDraft() throws IOException {
        PlantedRun run = PlantedRun.ofWritingReport(DEV, "planted-dev");
        String report = run.report("planted-dev");

        assertThat(run.cases).isGreaterThanOrEqualTo(400);
        assertThat(run.results.stream().map(PlantedRun.Result::kind).distinct().count()).isGreaterThanOrEqualTo(10);
        assertThat(run.results.stream().map(PlantedRun.Result::mode).distinct()).containsExactlyInAnyOrder(
                "new-sentence", "clause", "replace");
        assertThat(run.rejected).as(report).isEmpty();
        assertThat(run.cleanFlagged).as(report).isEmpty();
        // A wrong actor is planted only where the deed and its subject share a sentence; a draft that writes
        // the deed without a subject ("Response: named two ways ...") has no actor to replace. A missed session's
        // note states no risk level (the client was not assessed), so a changed level has nowhere to go.
        // A denial typed both with the mental status ("no SI") and as the ideation ("denied SI") is said once, in
        // the risk part, in the ideation's words: a quantifier planted on the mental status's "no" has no word left.
        Set<String> missed = missedSessions(DEV);
        Set<String> deniedTwice = deniedTwice(DEV);
        assertThat(run.results).filteredOn(r -> r.outcome() == PlantedRun.Outcome.NOT_PLANTED)
                .allSatisfy(r -> assertThat(r.kind().equals("wrong-actor") || r.kind().equals("risk-contradiction")
                        && missed.contains(r.caseId()) || r.kind().equals("changed-quantifier")
                        && deniedTwice.contains(r.caseId())).as(r.toString()).isTrue());
        assertThat(run.count(PlantedRun.Outcome.NOT_PLANTED)).as(report).isLessThanOrEqualTo(run.cases / 100);
        assertThat(run.recall()).as(report).isGreaterThanOrEqualTo(0.99);
        assertThat(run.results).filteredOn(r -> r.outcome() == PlantedRun.Outcome.CAUGHT)
                .allSatisfy(r -> assertThat(r.llmFellBack()).as(r.caseId()).isTrue());
    }

    private static Set<String> deniedTwice(Path corpus) {
        Set<String> out = new HashSet<>();
        for (JsonNode c : PromptJson.lines(corpus)) {
            boolean mentalStatus = false;
            for (JsonNode m : c.path("prompt").path("mentalStatus")) {
                mentalStatus |= m.asText().matches("(?i)no (?:SI|HI|suicidal|homicidal).*");
            }
            if (mentalStatus && c.path("prompt").path("risk").path("ideation").asText().matches("(?i)(?:denie[sd]|no) .*")) {
                out.add(c.path("id").asText());
            }
        }
        return out;
    }

    private static Set<String> missedSessions(Path corpus) {
        Set<String> out = new HashSet<>();
        for (JsonNode c : PromptJson.lines(corpus)) {
            String attendance = c.path("prompt").path("attendance").asText("ATTENDED");
            if (!attendance.isEmpty() && !attendance.equals("ATTENDED")) {
                out.add(c.path("id").asText());
            }
        }
        return out;
    }
}
