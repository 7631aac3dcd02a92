package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.core.model.Modality;
import org.practicekit.core.model.ServiceType;
import org.practicekit.testing.TestClock;

/**
 * Round 6 of the composer, as the signing clinician reads it: shorthand becomes English only where the reading is
 * certain (articles, a left-out copula, an actor the field implies), the service is what it was, and a client who
 * did not come neither reports nor joins from anywhere. Every draft here also passes the verifier.
 */
class ComposerShorthandTest {
    private final OfflineNoteDrafter drafter = OfflineNoteDrafter.builder().clock(TestClock.at("2026-11-30T15:00:00Z"))
            .auditLog(new InMemoryAuditLog()).build();

    private static final ClinicalRiskAssessment NO_RISK = ClinicalRiskAssessment.builder(ClinicalRiskLevel.NONE)
            .ideation("denies SI/HI").build();

    private SessionPrompt.Builder session() {
        return SamplePrompts.base("cl-6001").time(LocalTime.of(10, 0), LocalTime.of(10, 50))
                .modality(Modality.IN_PERSON).location("Main Street office")
                .addMentalStatus("euthymic mood")
                .addIntervention(InterventionType.BEHAVIORAL_ACTIVATION, "evening routine", "engaged")
                .addPlan("continue weekly sessions");
    }

    private String body(SessionPrompt prompt) {
        NoteDraft draft = drafter.draft(prompt, NoteFormat.SOAP);
        assertThat(draft.verification().passed()).as(draft.verification().report()).isTrue();
        return draft.body();
    }

    @Test
    void articlesGoWhereEnglishNeedsThemAndOnlyThere() {
        String body = body(session().risk(NO_RISK).addConcern("low mood x3 weeks")
                .addHomework("keep phone in kitchen overnight").addHomework("use coping card daily")
                .addHomework("text sister each morning").addPlan("call PCP re: labs").build());

        assertThat(body).contains("low mood for 3 weeks", "agreed to keep the phone in the kitchen overnight",
                "use a coping card daily", "text the client's sister each morning",
                "will also call the PCP regarding labs", "Weekly sessions will continue.");
        assertThat(body).doesNotContain("a sister", "x3 weeks");
    }

    @Test
    void aChildsAgeKeepsItsCopulaAndHomeworkIsAssigned() {
        String body = body(session().risk(NO_RISK).addConcern("baby 6 weeks old")
                .addHomework("completed a sleep log each night").build());

        assertThat(body).contains("The client reported that the baby is 6 weeks old.",
                "For homework, the client agreed to complete a sleep log each night.");
    }

    @Test
    void riskActionsNameWhoActed() {
        ClinicalRiskAssessment high = ClinicalRiskAssessment.builder(ClinicalRiskLevel.HIGH)
                .ideation("active SI since Sunday").intent("denies intent").plan("denied plan")
                .means("rope in the garage").addRiskFactor("divorce").addProtectiveFactor("her dog")
                .addAction("client transported to hospital for evaluation").addAction("psychiatrist notified")
                .addAction("mother notified by phone").safetyPlan("completed a written safety plan")
                .followUp("call hospital tomorrow").build();
        String body = body(session().addConcern("low mood").risk(high).build());

        assertThat(body).contains("The client was transported to the hospital for evaluation.",
                "notified the psychiatrist.", "notified the mother by phone.", "Risk factors included divorce.",
                "The client denied a plan.", "will call the hospital tomorrow.");
        assertThat(body).doesNotContain("The psychiatrist notified", "actions included the client", "divorcing");
    }

    @Test
    void whereAThingIsKeptDescribesTheThingNeverTheClient() {
        ClinicalRiskAssessment moderate = ClinicalRiskAssessment.builder(ClinicalRiskLevel.MODERATE)
                .ideation("HI toward former coworker, no SI").intent("denies intent").plan("denies plan")
                .means("owns a rifle, stored at brother's house").addRiskFactor("anger")
                .addProtectiveFactor("his children").addAction("reviewed the safety plan")
                .safetyPlan("reviewed safety plan for anger").followUp("check-in by phone in 2 days").build();
        String body = body(session().addConcern("anger at former coworker").risk(moderate).build());

        assertThat(body).contains(", stored at brother's house.");
        assertThat(body).doesNotContain("The client stored");
    }

    @Test
    void aPartnerOnlySessionIsNamedAsThePromptSaysAndNoReporterIsHidden() {
        String body = body(session().serviceType(ServiceType.FAMILY_WITH_CLIENT).addParticipant("wife", "Dana Lee")
                .risk(ClinicalRiskAssessment.builder(ClinicalRiskLevel.NONE).ideation("both denied SI/HI").build())
                .addConcern("arguing about chores").addConcern("she feels ignored; he feels nagged").build());

        // Round 20: nothing in this prompt says couple, so the session is what CPT 90847 names.
        assertThat(body).contains("attended a 50-minute family psychotherapy session with the client present",
                "The couple discussed that she feels ignored.");
        assertThat(body).doesNotContain("couples psychotherapy", "It was reported");
    }

    @Test
    void anAbsentClientNeitherReportsNorJoinsFromAnywhere() {
        String body = body(SamplePrompts.base("cl-6002").time(LocalTime.of(10, 0), LocalTime.of(10, 50))
                .modality(Modality.TELEHEALTH_VIDEO).location("client at work").addPlan("call again tomorrow")
                .attendance(Attendance.NO_SHOW).addOutreach("left a voicemail at 10:10").addConcern("low mood")
                .addMedication("bupropion 150 mg daily").risk(NO_RISK).build());

        assertThat(body).contains("scheduled for November 30, 2026, from 10:00 to 10:50 AM, by secure video.",
                "Medications: bupropion 150 mg daily.");
        // No one assessed a client who did not come: no level is given, and no medication is confirmed as current.
        assertThat(body).doesNotContain("joining from", "'s report", "urrent medication", "The client reported low mood", "no identified",
                "risk of harm", "risk assessment");
    }
}
