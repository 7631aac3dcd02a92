package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.practicekit.core.ValidationException;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.core.model.Modality;
import org.practicekit.testing.TestClock;

/**
 * Round 5 of the composer, as a reviewer reads it: the risk part in sentences rather than a form's labels, a
 * risk field answered "none" as the statement it is, another person's report given to that person, and a kind of
 * meeting read as a noun. Every draft here also passes the verifier.
 */
class ComposerRiskProseTest {
    private final OfflineNoteDrafter drafter = OfflineNoteDrafter.builder().clock(TestClock.at("2026-11-30T15:00:00Z"))
            .auditLog(new InMemoryAuditLog()).build();

    private SessionPrompt.Builder session(ClinicalRiskAssessment risk) {
        return SamplePrompts.base("cl-5001").time(LocalTime.of(14, 0), LocalTime.of(14, 55))
                .modality(Modality.IN_PERSON).location("Main Street office")
                .addConcern("low mood since the move").addConcern("trouble reading since grade school per mother")
                .addMentalStatus("alert and oriented x4")
                .addIntervention(InterventionType.SUPPORTIVE_THERAPY, "adjustment to the move", "engaged and tearful")
                .risk(risk).addPlan("booster session with mother present next visit");
    }

    private NoteDraft drafted(SessionPrompt prompt) {
        NoteDraft draft = drafter.draft(prompt, NoteFormat.SOAP);
        assertThat(draft.verification().passed()).as(draft.verification().report()).isTrue();
        return draft;
    }

    @Test
    void aModerateRiskPartIsSentencesNotLabels() {
        ClinicalRiskAssessment risk = ClinicalRiskAssessment.builder(ClinicalRiskLevel.MODERATE)
                .ideation("passive SI, no active thoughts").intent("denies").plan("none")
                .means("rope in garage").addRiskFactor("recent move").addProtectiveFactor("supportive sister")
                .addProtectiveFactor("her mother visits daily").addAction("the client walked to the ER with staff")
                .safetyPlan("written safety plan completed").followUp("phone check tomorrow").build();
        String body = drafted(session(risk).build()).body();

        assertThat(body).contains("The client reported no intent.", "The client reported no plan.",
                "The client reported access to a rope in the garage.", "Another protective factor is that her mother visits daily.");
        assertThat(body).doesNotContain("Means and access:", "Intent:", "Plan:", "Protective factors:",
                "Actions taken:", "documented the following in the risk assessment");
    }

    @Test
    void aRiskFieldAnsweredNoneIsThatStatementAndFillersStayRefused() {
        ClinicalRiskAssessment none = ClinicalRiskAssessment.builder(ClinicalRiskLevel.LOW).ideation("denied SI/HI").addRiskFactor("recent move")
                .plan("N/A").means("none").addProtectiveFactor("supportive sister").build();
        assertThat(none.plan()).isEqualTo("no plan");
        assertThat(drafted(session(none).build()).body()).contains("no plan", "no access to means");

        ClinicalRiskAssessment pointing = ClinicalRiskAssessment.builder(ClinicalRiskLevel.LOW).ideation("denied SI/HI").addRiskFactor("recent move")
                .plan("see above").build();
        assertThatThrownBy(() -> session(pointing).build()).isInstanceOf(ValidationException.class)
                .hasMessageContaining("filler");
    }

    @Test
    void anotherPersonsReportIsTheirsAndAMeetingIsANoun() {
        ClinicalRiskAssessment low = ClinicalRiskAssessment.builder(ClinicalRiskLevel.LOW).ideation("denied SI/HI").addRiskFactor("recent move")
                .addProtectiveFactor("supportive sister").build();
        String body = drafted(session(low).build()).body();

        assertThat(body).contains("The mother reported trouble reading since grade school.");
        assertThat(body).doesNotContain("will booster", "client reported trouble reading");
    }

    @Test
    void aRiskFieldThatOpensWithItsReportVerbKeepsIt() {
        ClinicalRiskAssessment low = ClinicalRiskAssessment.builder(ClinicalRiskLevel.LOW)
                .ideation("reports thoughts that his family would be better off without him when drunk")
                .addRiskFactor("heavy drinking").addProtectiveFactor("his children").build();
        String body = drafted(session(low).build()).body();

        assertThat(body).contains("The client reported thoughts that his family would be better off");
        assertThat(body).doesNotContain("reported reports");
    }

    @Test
    void atHighRiskEverythingAboutRiskReadsTogetherInOrderAndEndsWithTheFollowUp() {
        for (NoteFormat format : NoteFormat.standard()) {
            NoteDraft draft = drafter.draft(SamplePrompts.crisis(), format);
            assertThat(draft.verification().passed()).as(draft.verification().report()).isTrue();
            String part = draft.sections().stream().filter(x -> x.text().contains("assessed the client's current risk"))
                    .findFirst().orElseThrow().text();
            // Ideation and the risk screening item beside it, intent, plan, means, the risk and protective factors,
            // then the actions in the order a reviewer reads them: the steps on the means, the safety plan, the crisis
            // line, the follow-up last (round 37; round 17 put the safety plan before the means steps).
            assertThat(part).as(format.name()).containsSubsequence("endorsed daily suicidal ideation", "PHQ-9 item 9",
                    "denied current intent", "plan to overdose", "stored pills at home", "Risk factors included",
                    "Protective factors included", "arranged for the roommate",
                    "completed a written safety plan", "988", "Follow-up is a safety check");
            String afterFollowUp = part.substring(part.indexOf("Follow-up is a safety check"));
            assertThat(afterFollowUp).as(format.name()).doesNotContain("warning signs", "stored pills at home",
                    "roommate", "988", "Risk factors");
        }
    }
}
