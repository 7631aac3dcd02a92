package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.testing.TestClock;

/**
 * Round 22: whose circumstance it is and what the clinician saw. The dev prompts type another person's illness, loss,
 * lay-off, arrest or words, a clinician-client's patients, parents' progress for an absent child, and observations and
 * diagnoses typed many ways. Every prompt is drafted in every standard format and corpus style
 * ({@code target/dev-meaning-r22.md}, SOAP default in {@code target/dev-meaning-r22-soap.md}), each draft verified
 * clean, every planted wrong actor caught, and the sentences of the class counted.
 */
class ComposerMeaningRound22Test {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-meaning-r22.jsonl");

    private final OfflineNoteDrafter drafter = OfflineNoteDrafter.builder()
            .clock(TestClock.at("2026-12-09T12:00:00Z")).audit(new InMemoryAuditLog()).build();

    /** Pieces of another person's item written as the client's in the SOAP drafts after round 22 (before: see docs). */
    static final int CLIENT_AFTER = 4;

    @Test
    void writesEveryDevDraftForReadingEachPassesAndEveryPlantedErrorIsCaught() throws IOException {
        StringBuilder flagged = new StringBuilder();
        String out = PromptJson.writeDevDrafts(drafter, DEV, "dev-meaning-r22", flagged);
        List<JsonNode> cases = PromptJson.lines(DEV);
        StringBuilder soap = new StringBuilder();
        List<NoteDraft> soapDrafts = new java.util.ArrayList<>();
        for (JsonNode c : cases) {
            NoteDraft d = drafter.draft(PromptJson.prompt(c, c.path("id").asText()), NoteFormat.SOAP,
                    StyleProfile.defaults());
            soapDrafts.add(d);
            soap.append("## ").append(c.path("id").asText()).append(" (SOAP, default)\n").append(d.text().strip())
                    .append("\n\n");
        }
        Files.writeString(Path.of("target/dev-meaning-r22-soap.md"), soap, StandardCharsets.UTF_8);
        // The counter is round 21b's: the sentence holding each piece typed after a comma in an item that opens with
        // someone other than the client, its subject read as the client's, another's, or the item kept whole.
        Map<String, Integer> counts = ComposerWhoseRound21bTest.counts(soapDrafts, cases);
        PlantedRun run = PlantedRun.of(DEV, false);
        String report = run.report("dev-meaning-r22");
        Files.writeString(Path.of("target/dev-meaning-r22-counts.txt"), counts + "\n" + report, StandardCharsets.UTF_8);
        // Left alone: mn25 types "judgement" (the British spelling); the draft's "Judgment was fair." is flagged on the
        // base too. mn28's planted "The client reported thought blocking." (an observation as a report) is missed.
        assertThat(flagged.toString().lines().filter(l -> l.startsWith("mn") && !l.startsWith("mn25-")))
                .as(flagged.toString()).isEmpty();
        assertThat(run.rejected).as(report).isEmpty();
        assertThat(run.cleanFlagged.keySet()).as(report).isSubsetOf(List.of("mn25-ms-misspelled"));
        assertThat(run.count(PlantedRun.Outcome.MISSED)).as(report).isLessThanOrEqualTo(1); // mn28, above
        assertThat(counts.getOrDefault("client", 0)).as(counts.toString()).isLessThanOrEqualTo(CLIENT_AFTER);
    }
}
