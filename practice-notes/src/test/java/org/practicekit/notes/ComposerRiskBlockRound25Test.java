package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.testing.TestClock;

/**
 * Round 25: at moderate risk or higher the risk elements are one ordered block in the risk part. Every dev prompt
 * (low to imminent, risk typed in every field, crises with transports, calls and refusals by different people) is
 * drafted in every standard format and corpus style ({@code target/dev-risk-block-r25.md}), each draft verified clean,
 * and the drafts whose risk elements are not one block counted ({@link RiskBlockCounts},
 * {@code target/dev-risk-block-r25-counts.txt}).
 */
class ComposerRiskBlockRound25Test {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-risk-block-r25.jsonl");

    private final OfflineNoteDrafter drafter = OfflineNoteDrafter.builder()
            .clock(TestClock.at("2026-12-04T12:00:00Z")).audit(new InMemoryAuditLog()).build();

    static Set<String> elevated() {
        Set<String> ids = new HashSet<>();
        for (JsonNode c : PromptJson.lines(DEV)) {
            String level = c.path("prompt").path("risk").path("level").asText();
            if (level.equals("MODERATE") || level.equals("HIGH") || level.equals("IMMINENT")) {
                ids.add(c.path("id").asText());
            }
        }
        return ids;
    }

    @Test
    void writesEveryDevDraftForReadingAndEachPasses() throws IOException {
        StringBuilder flagged = new StringBuilder();
        String out = PromptJson.writeDevDrafts(drafter, DEV, "dev-risk-block-r25", flagged);
        RiskBlockCounts counts = RiskBlockCounts.of(out, elevated());
        Files.writeString(Path.of("target/dev-risk-block-r25-counts.txt"), counts.report(), StandardCharsets.UTF_8);
        assertThat(flagged.toString()).isEmpty();
        String earlier = System.getProperty("risk.block.read", "");
        if (!earlier.isEmpty()) {
            // Drafts written by an earlier build, counted the same way for a before-and-after figure.
            Files.writeString(Path.of("target/dev-risk-block-r25-read-counts.txt"), RiskBlockCounts.of(
                    Files.readString(Path.of(earlier)), elevated()).report(), StandardCharsets.UTF_8);
        }
        assertThat(counts.count("element unnamed")).as(counts.report()).isLessThanOrEqualTo(UNNAMED_AFTER);
        assertThat(counts.count("by the clinician")).as(counts.report()).isZero();
    }

    // Sentences of the risk part naming no element: 64 before this round, 32 after ("The client was not feasible.", a
    // safety plan typed as a judgement alone, and "The client was ambivalent.", left for the next round).
    private static final int UNNAMED_AFTER = 32;

    /** The SOAP draft of the dev prompt whose id starts with {@code id}, verified clean. */
    private String soap(String id) {
        JsonNode c = PromptJson.lines(DEV).stream().filter(x -> x.path("id").asText().startsWith(id)).findFirst()
                .orElseThrow();
        NoteDraft d = drafter.draft(PromptJson.prompt(c, id), NoteFormat.SOAP, StyleProfile.defaults());
        assertThat(d.verification().passed()).as(d.verification().report()).isTrue();
        return d.text();
    }

    @Test
    void aMinusSignAgainstAnElementIsItsDenialNeverABullet() {
        assertThat(soap("rb22")).contains("The client reported no intent.").contains("The client reported no plan.")
                .doesNotContain("The client planned.").doesNotContain("reported access to firearms");
    }

    @Test
    void anElementTypedAloneNamesItsElement() {
        assertThat(soap("rb28")).contains("Intent: some.").contains("The risk assessment noted pills as the plan.")
                .doesNotContain("The client was some.");
        assertThat(soap("rb21")).contains("Intent: yes.").doesNotContain("noted yes");
        assertThat(soap("rb07")).contains("The risk assessment noted clear intent.").doesNotContain("cleared");
    }

    @Test
    void aCrisisCallTypedWithTheClinicianAsAgentIsTheClinicians() {
        assertThat(soap("rb07")).contains("This clinician also called police.").doesNotContain("was called by");
    }
}
