package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.core.model.Modality;
import org.practicekit.testing.TestClock;

/**
 * Issue 14, round 14: what was typed as planned, intended, still to be done or to be scheduled keeps its tense and
 * certainty in the draft, in every field, never written as done. Dev shapes from {@code corpus/dev-tense-r14.jsonl};
 * every draft must pass the verifier.
 */
class ComposerTenseRound14Test {
    private final OfflineNoteDrafter drafter = OfflineNoteDrafter.builder().clock(TestClock.at("2026-12-04T15:00:00Z"))
            .auditLog(new InMemoryAuditLog()).build();

    private static SessionPrompt prompt(Consumer<SessionPrompt.Builder> fields, String response, ClinicalRiskAssessment risk) {
        SessionPrompt.Builder b = SamplePrompts.base("cl-1414").time(LocalTime.of(10, 0), LocalTime.of(10, 50))
                .modality(Modality.IN_PERSON).location("Maple Court office").addConcern("low mood")
                .addIntervention(InterventionType.PSYCHOEDUCATION, "sleep hygiene", response).risk(risk);
        fields.accept(b);
        return b.build();
    }

    private static ClinicalRiskAssessment none() {
        return ClinicalRiskAssessment.none("denied suicidal ideation");
    }

    private String body(SessionPrompt p) {
        NoteDraft draft = drafter.draft(p, NoteFormat.SOAP);
        assertThat(draft.verification().passed()).as(draft.verification().report() + "\n" + draft.body()).isTrue();
        return draft.body();
    }

    @Test
    void aRiskPlanTypedWithGoingToIsThePlanNeverAnAct() {
        ClinicalRiskAssessment risk = ClinicalRiskAssessment.builder(ClinicalRiskLevel.IMMINENT).ideation("active SI")
                .intent("states intent to act tonight").plan("going to overdose on pills tonight")
                .means("bottle of acetaminophen in purse").addRiskFactor("prior attempt 2022")
                .addProtectiveFactor("mother").safetyPlan("unable to contract").addAction("called 911")
                .followUp("ED eval today").build();
        String text = body(prompt(b -> b.addPlan("f/u after discharge"), "listened", risk));
        assertThat(text).contains("The client described a plan to overdose on pills tonight.")
                .doesNotContain("went to overdose");
    }

    @Test
    void anActionTheClinicianWillTakeIsStillToBeTaken() {
        ClinicalRiskAssessment risk = ClinicalRiskAssessment.builder(ClinicalRiskLevel.MODERATE).ideation("intermittent SI")
                .intent("denies").plan("thought about cutting arms").means("razors at home")
                .addRiskFactor("hx of self-harm").addProtectiveFactor("partner").safetyPlan("reviewed")
                .addAction("gave 988 info").addAction("clinician will consult supervisor")
                .addAction("therapist to call PCP re: meds").followUp("check-in call Monday").build();
        String text = body(prompt(b -> b.addPlan("continue weekly sessions"), "engaged", risk));
        assertThat(text).contains("This clinician will also consult the supervisor.")
                .contains("This clinician will also call the PCP").doesNotContain("consulted supervisor").doesNotContain("called PCP");
    }

    @Test
    void anIntentionTypedAsAResponseStaysAnIntention() {
        String plans = body(prompt(b -> b.addPlan("continue weekly sessions"), "plans to set bedtime routine", none()));
        assertThat(plans).contains("the client plans to set a bedtime routine.").doesNotContain("planned to set");
        String going = body(prompt(b -> b.addPlan("continue weekly sessions"), "going to call sister this wk", none()));
        assertThat(going).doesNotContain("went to call").doesNotContain("called sister");
        String considering = body(prompt(b -> b.addPlan("continue weekly sessions"), "considering a sleep study",
                none()));
        assertThat(considering).doesNotContain("considered a sleep study");
    }

    @Test
    void anItemToBeScheduledIsNotWrittenAsScheduled() {
        String text = body(prompt(b -> b.addPlan("PCP f/u for labs to be scheduled").addPlan("continue weekly sessions"),
                "engaged", none()));
        assertThat(text).contains("PCP follow-up for labs is to be scheduled.").doesNotContain("to be was scheduled")
                .doesNotContain("labs was scheduled");
    }

    @Test
    void aDoneActStaysDoneAndAPlanWithAPastLikeVerbStaysAPlan() {
        String text = body(prompt(b -> b.addConcern("started sertraline 2 wks ago").addHomework("quit checking email after 9pm")
                .addPlan("continue weekly sessions"), "engaged", none()));
        assertThat(text).contains("having started sertraline 2 weeks ago")
                .contains("For homework, the client agreed to quit checking email after 9pm.");
    }
}
