package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, round 20: a sentence that gives the act to the wrong person is flagged whatever kind of sentence it is (a
 * goal's progress, a response, homework, a plan step, a risk statement, a quote's speaker, a safety step). Each dev
 * prompt carries wrong-actor errors planted three ways (a new sentence, a clause added, a word replaced).
 */
class VerifierActorRound20Test {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-actor-r20.jsonl");

    /** Misses per sentence kind, written to target/dev-actor-r20-kinds.txt for the docs' figures. */
    static Map<String, int[]> byKind(PlantedRun run) {
        List<String> kinds = new ArrayList<>();
        for (JsonNode c : PromptJson.lines(DEV)) {
            c.path("errors").forEach(e -> kinds.add(e.path("sentence").asText("?")));
        }
        Map<String, int[]> out = new TreeMap<>();
        for (int i = 0; i < run.results.size(); i++) {
            int[] k = out.computeIfAbsent(kinds.get(i), x -> new int[4]);
            k[run.results.get(i).outcome().ordinal()]++;
        }
        return out;
    }

    @Test
    void theDevFileDraftsCleanAndEveryPlantedWrongActorIsCaught() throws IOException {
        PlantedRun run = PlantedRun.of(DEV, false);
        StringBuilder s = new StringBuilder(run.report("dev-actor-r20"));
        byKind(run).forEach((k, v) -> s.append(String.format("  sentence %-10s caught %3d  missed %2d  not planted %2d%n",
                k, v[0], v[1], v[2])));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/dev-actor-r20-kinds.txt"), s, StandardCharsets.UTF_8);
        if (System.getProperty("actor.drafts") != null) {
            StringBuilder d = new StringBuilder();
            List<StyleProfile> styles = new ArrayList<>(CorpusStyles.all().values());
            OfflineNoteDrafter offline = OfflineNoteDrafter.builder().clock(org.practicekit.testing.TestClock.at(
                    "2026-10-20T12:00:00Z")).auditLog(new org.practicekit.core.inmemory.InMemoryAuditLog()).build();
            int n = 0;
            for (JsonNode c : PromptJson.lines(DEV)) {
                SessionPrompt p = PromptJson.prompt(c, c.path("id").asText());
                NoteDraft draft = offline.draft(p, PromptJson.format(c), styles.get(n++ % styles.size()));
                d.append("## ").append(c.path("id").asText()).append('\n');
                draft.sections().forEach(sec -> sec.sentences().forEach(x -> d.append(x.text()).append("  ")
                        .append(x.sources()).append('\n')));
            }
            Files.writeString(Path.of("target/dev-actor-r20-drafts.md"), d, StandardCharsets.UTF_8);
        }
        assertThat(run.rejected).as(s.toString()).isEmpty();
        assertThat(run.cleanFlagged).as(s.toString()).isEmpty();
        assertThat(run.count(PlantedRun.Outcome.NOT_PLANTED)).as(s.toString()).isZero();
        assertThat(run.count(PlantedRun.Outcome.MISSED)).as(s.toString()).isZero();
    }
}
