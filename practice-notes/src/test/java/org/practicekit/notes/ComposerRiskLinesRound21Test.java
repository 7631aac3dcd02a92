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
 * Round 21b: the risk part in sentences. Every dev prompt (moderate, high and imminent risk) is drafted in every
 * standard format and corpus style ({@code target/dev-risklines-r21b.md}), each draft verified clean, and the
 * sentences of the class counted ({@link RiskLineCounts}).
 */
class ComposerRiskLinesRound21Test {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-risklines-r21b.jsonl");

    private final OfflineNoteDrafter drafter = OfflineNoteDrafter.builder()
            .clock(TestClock.at("2026-12-04T12:00:00Z")).audit(new InMemoryAuditLog()).build();

    @Test
    void writesEveryDevDraftForReadingAndEachPasses() throws IOException {
        StringBuilder flagged = new StringBuilder();
        String out = PromptJson.writeDevDrafts(drafter, DEV, "dev-risklines-r21b", flagged);
        RiskLineCounts counts = RiskLineCounts.of(out);
        Files.writeString(Path.of("target/dev-risklines-r21b-counts.txt"), counts.report(), StandardCharsets.UTF_8);
        assertThat(flagged.toString()).isEmpty();
        // The name alone or before a list is never repeated under its label; the name before an active verb is left
        // alone this round ("Safety plan: safety plan emailed to client.", 16 of 48 before).
        assertThat(out).doesNotContainIgnoringCase("safety plan: safety plan.")
                .doesNotContainIgnoringCase("safety plan: safety plan;");
        assertThat(counts.count("repeated label")).as(counts.report()).isLessThanOrEqualTo(16);
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
    void theSafetyPlanNeverRepeatsItsLabel() {
        // Its content after the field's own name, under that name once.
        assertThat(soap("rl01")).contains("Safety plan: call sister, 988, walk dog.")
                .doesNotContainIgnoringCase("safety plan: safety plan");
        // The name, a separator, then the name as a passive's subject: the passive.
        assertThat(soap("rl25")).contains("The safety plan was completed.")
                .doesNotContainIgnoringCase("safety plan: safety plan");
        // The plan as a passive's subject keeps that reading: who reviewed it is not said.
        assertThat(soap("rl10")).contains("The safety plan was reviewed after group.");
        // Only its name, beside the safety planning the prompt records: no line at all.
        assertThat(soap("rl04")).doesNotContainIgnoringCase("safety plan: safety plan")
                .contains("worked on safety planning with the client");
    }

    /** The SOAP draft of dev prompt {@code id} with its safety-plan line replaced by {@code line}. */
    private Verification withLine(String id, String line) {
        SessionPrompt p = dev(id);
        List<DraftSection> sections = new ArrayList<>();
        for (DraftSection s : ProseComposer.compose(p, NoteFormat.SOAP, StyleProfile.defaults())) {
            List<DraftSentence> list = new ArrayList<>();
            for (DraftSentence x : s.sentences()) {
                list.add(x.text().startsWith("Safety plan:") ? new DraftSentence(line, x.sources()) : x);
            }
            sections.add(new DraftSection(s.key(), s.heading(), list));
        }
        return DraftVerifier.standard().verify(NoteDraft.unverified(p, NoteFormat.SOAP, sections, DrafterKind.LLM,
                "test"));
    }

    @Test
    void theVerifierTakesTheContentLineAndStillCatchesAChangedOne() {
        assertThat(withLine("rl01", "Safety plan: call sister, 988, walk dog.").passed()).isTrue();
        assertThat(withLine("rl01", "Safety plan: safety plan; call sister, 988, walk dog.").passed()).isTrue();
        assertThat(withLine("rl01", "Safety plan: call brother, 988, walk dog.").passed()).isFalse();
        assertThat(withLine("rl01", "Safety plan: declined.").passed()).isFalse();
    }
}
