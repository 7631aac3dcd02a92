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
 * RiskPlaceCounts}): 280 risk sentences outside the risk part and 64 risk parts out of order before this round.
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
        assertThat(counts.count("risk outside")).as(counts.report()).isLessThanOrEqualTo(88);
        assertThat(counts.count("out of order")).as(counts.report()).isLessThanOrEqualTo(80);
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

    /** The mental-status part of a SOAP draft (its Objective) and the rest. */
    private static String objective(String soap) {
        return soap.substring(soap.indexOf("Objective"), soap.indexOf("Assessment"));
    }

    @Test
    void riskTypedInTheMentalStatusIsWrittenInTheRiskPartOnly() {
        // Shorthand with signs: each piece in the risk part, none left on the mental-status line.
        String rp01 = soap("rp01");
        assertThat(objective(rp01)).doesNotContain("SI").doesNotContain("HI").contains("Mood was low.");
        assertThat(rp01).contains("The client endorsed SI passive.");
        // A typed sentence: the mental status keeps the observation, the risk part the ideation and its plan.
        String rp02 = soap("rp02");
        assertThat(objective(rp02)).contains("The client was tearful and slowed.").doesNotContain("suicidal");
        assertThat(rp02).contains("The client endorsed suicidal thoughts with a plan to overdose.");
        // Access to a means, after the means field, as the client's report.
        String rp21 = soap("rp21");
        assertThat(objective(rp21)).doesNotContain("handgun");
        assertThat(rp21.indexOf("The client reported access to husband's handgun.")).isGreaterThan(rp21.indexOf(
                "Means and access: no firearms"));
        // A negated piece after the ideation stays with it ("none now"), never a mental-status finding.
        assertThat(soap("rp12")).doesNotContain("showed none now").contains("The client reported SI when intoxicated and none now.");
        // At low risk too.
        assertThat(objective(soap("rp31"))).doesNotContain("SI");
    }

    @Test
    void aPastAttemptTypedInThePlanIsHistory() {
        String rp11 = soap("rp11");
        assertThat(rp11).doesNotContain("was attempted").contains("History: attempted by cutting 2020.")
                .contains("The client reported no current plan.");
        assertThat(rp11.indexOf("History:")).isGreaterThan(rp11.indexOf("access to razors"));
    }

    @Test
    void theVerifierStillCatchesAChangedMovedItem() {
        SessionPrompt p = dev("rp21");
        List<DraftSection> sections = new ArrayList<>();
        for (DraftSection s : ProseComposer.compose(p, NoteFormat.SOAP, StyleProfile.defaults())) {
            List<DraftSentence> list = new ArrayList<>();
            for (DraftSentence x : s.sentences()) {
                list.add(new DraftSentence(x.text().replace("husband's handgun", "husband's rifle"), x.sources()));
            }
            sections.add(new DraftSection(s.key(), s.heading(), list));
        }
        assertThat(DraftVerifier.standard().verify(NoteDraft.unverified(p, NoteFormat.SOAP, sections, DrafterKind.LLM,
                "test")).passed()).isFalse();
    }
}
