package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.practicekit.notes.internal.ProseComposer;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.testing.TestClock;

/**
 * Round 24: risk documented in the risk part. Every dev prompt (every level, risk typed in the mental status, the plan,
 * the homework, the concerns and the responses) is drafted in every standard format and corpus style ({@code
 * target/dev-riskplace-r24.md}), each draft verified clean, and the sentences of the class counted ({@link
 * RiskPlaceCounts}): 280 risk sentences outside the risk part and 64 risk parts out of order before this round (48 after: a
 * past attempt typed in the plan is history).
 */
class ComposerRiskPlaceRound24Test {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-riskplace-r24.jsonl");

    private final OfflineNoteDrafter drafter = OfflineNoteDrafter.builder()
            .clock(TestClock.at("2026-12-04T12:00:00Z")).audit(new InMemoryAuditLog()).build();

    @Test
    void writesEveryDevDraftForReadingAndEachPasses() throws IOException {
        StringBuilder flagged = new StringBuilder();
        String out = PromptJson.writeDevDrafts(drafter, DEV, "dev-riskplace-r24", flagged);
        RiskPlaceCounts counts = RiskPlaceCounts.of(out);
        Files.writeString(Path.of("target/dev-riskplace-r24-counts.txt"), counts.report(), StandardCharsets.UTF_8);
        assertThat(flagged.toString()).isEmpty();
        assertThat(counts.count("risk outside")).as(counts.report()).isLessThanOrEqualTo(280);
        assertThat(counts.count("out of order")).as(counts.report()).isLessThanOrEqualTo(48);
    }

    private static SessionPrompt dev(String id) {
        for (JsonNode c : PromptJson.lines(DEV)) {
            if (c.path("id").asText().startsWith(id)) {
                return PromptJson.prompt(c, id);
            }
        }
        throw new IllegalArgumentException(id);
    }

    private String soap(String id) {
        NoteDraft d = drafter.draft(dev(id), NoteFormat.SOAP, StyleProfile.defaults());
        assertThat(d.verification().passed()).as(d.verification().report()).isTrue();
        return d.text();
    }

    @Test
    void aPastAttemptTypedInThePlanIsHistory() {
        String rp11 = soap("rp11");
        assertThat(rp11).doesNotContain("was attempted").contains("History: attempted by cutting 2020.")
                .contains("The client reported no current plan.");
        assertThat(rp11.indexOf("History:")).isGreaterThan(rp11.indexOf("access to razors"));
    }
}
