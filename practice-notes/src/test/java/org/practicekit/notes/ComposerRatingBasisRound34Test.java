package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.core.model.Modality;
import org.practicekit.notes.internal.ProseComposer;
import org.practicekit.testing.TestClock;

/**
 * Round 34: "This rating is based on" closes only on a basis a reader can follow; evidence typed as a lone adverb or
 * participle, a past verb first, an adjective before a count, a count of times with nothing counted or a small clause
 * ending on a participle keeps the clinician's words under its label. Words here are not the read's.
 */
class ComposerRatingBasisRound34Test {
    private final OfflineNoteDrafter drafter = OfflineNoteDrafter.builder().clock(TestClock.at("2026-12-08T15:00:00Z"))
            .auditLog(new InMemoryAuditLog()).build();

    private String draft(String goal, String evidence) {
        SessionPrompt prompt = SamplePrompts.base("cl-3420").time(LocalTime.of(9, 0), LocalTime.of(9, 50))
                .modality(Modality.IN_PERSON).location("Main Street office")
                .addConcern("low mood since the layoff").addMentalStatus("constricted affect")
                .addIntervention(InterventionType.BEHAVIORAL_ACTIVATION, "weekly activity plan", "chose two walks")
                .risk(ClinicalRiskAssessment.none("denied suicidal ideation"))
                .addGoal(goal, ProgressRating.STEADY_PROGRESS, evidence).addPlan("continue weekly sessions").build();
        NoteDraft d = drafter.draft(prompt, NoteFormat.DAP);
        assertThat(d.verification().passed()).as(d.verification().report() + "\n" + d.body()).isTrue();
        return d.body();
    }

    @Test
    void evidenceThatIsNoBasisKeepsItsLabel() {
        for (String[] c : new String[][] {{"walk outside most days", "weekly"}, {"journal each evening", "finished"},
                {"use grounding when flooded", "practiced grounding 3 of 4 times"},
                {"stay sober", "calm 6 weeks"}, {"clear out the garage", "garage half sorted"}}) {
            String body = draft(c[0], c[1]);
            assertThat(body).as(c[1]).doesNotContain("This rating is based on " + c[1]);
            assertThat(body).as(c[1]).contains(c[1]);
        }
    }

    @Test
    void aBasisAReaderCanFollowIsStillSaid() {
        assertThat(ProseComposer.basisFollows("2 panic attacks this week, down from 5")).isTrue();
        assertThat(ProseComposer.basisFollows("a PHQ-9 of 11")).isTrue();
        assertThat(ProseComposer.basisFollows("nightly")).isFalse();
        assertThat(ProseComposer.basisFollows("3 times this week")).isFalse();
    }
}
