package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.core.model.Modality;
import org.practicekit.core.model.ServiceType;
import org.practicekit.testing.TestClock;

/**
 * The risk part as the signing clinician reads it, and who said or did each typed item: a risk field typed with its own
 * label or as bullets, a safety plan typed without its object, a denial of SI/HI typed outside the risk fields, a missed
 * session, the clinician's own deeds, another person's goal, and "both". Every draft passes the verifier.
 */
class ComposerRiskRound13Test {
    private final OfflineNoteDrafter drafter = OfflineNoteDrafter.builder().clock(TestClock.at("2026-12-04T15:00:00Z"))
            .auditLog(new InMemoryAuditLog()).build();

    private static ClinicalRiskAssessment.Builder moderate() {
        return ClinicalRiskAssessment.builder(ClinicalRiskLevel.MODERATE).ideation("passive SI").intent("denies")
                .plan("none").means("no firearms in home").addRiskFactor("recent layoff")
                .addProtectiveFactor("daughter").addAction("gave 988 info").followUp("phone check-in tomorrow");
    }

    private SessionPrompt.Builder session(ClinicalRiskAssessment risk) {
        return SamplePrompts.base("cl-9513").time(LocalTime.of(10, 0), LocalTime.of(10, 50))
                .modality(Modality.IN_PERSON).location("Maple Court office").addConcern("low mood")
                .addIntervention(InterventionType.SUPPORTIVE_THERAPY, "stress at work", "engaged").risk(risk)
                .addPlan("continue weekly sessions");
    }

    private NoteDraft draft(SessionPrompt prompt, NoteFormat format) {
        return verified(drafter.draft(prompt, format));
    }

    private static NoteDraft verified(NoteDraft draft) {
        assertThat(draft.verification().passed()).as(draft.verification().report() + "\n" + draft.body()).isTrue();
        return draft;
    }

    private static String section(NoteDraft draft, String key) {
        return draft.sections().stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow().text();
    }

    @Test
    void aRiskFieldTypedWithItsOwnLabelOrAsBulletsIsWrittenWithoutIt() {
        ClinicalRiskAssessment risk = ClinicalRiskAssessment.builder(ClinicalRiskLevel.MODERATE)
                .ideation("Ideation: passive thoughts of death").intent("Intent: denies").plan("Plan: none")
                .means("- no firearms in home").addRiskFactor("Risk factors: unemployment")
                .addProtectiveFactor("- daughter").addProtectiveFactor("- church")
                .safetyPlan("Safety plan: safety plan - reviewed and updated").followUp("Follow-up: call tomorrow")
                .addAction("Actions taken: gave 988 info").build();
        String assessment = section(draft(session(risk).addIntervention(InterventionType.SAFETY_PLANNING,
                "warning signs", "named two contacts").build(), NoteFormat.SOAP), "assessment");

        assertThat(assessment).contains("The client reported passive thoughts of death. The client reported no intent."
                + " The client reported no plan. The client reported no firearms in home.",
                "Protective factors included the client's daughter and church.",
                "This clinician reviewed the safety plan and updated it.")
                .doesNotContain("Ideation:", "Intent:", "Plan:", "Safety plan:", "Follow-up:", "Actions taken:", "- ");
        assertThat(assessment.indexOf("no intent")).isLessThan(assessment.indexOf("Protective factors"));
        assertThat(assessment.indexOf("Protective factors")).isLessThan(assessment.indexOf("reviewed the safety plan"));
        assertThat(assessment.indexOf("reviewed the safety plan")).isLessThan(assessment.indexOf("call tomorrow"));
    }

    @Test
    void aSafetyPlanTypedWithoutItsObjectNamesThePlan() {
        SessionPrompt planned = session(moderate().safetyPlan("created today").build())
                .addIntervention(InterventionType.SAFETY_PLANNING, "warning signs and contacts", "named two contacts")
                .build();
        assertThat(section(draft(planned, NoteFormat.SOAP), "assessment"))
                .contains("This clinician and the client created the safety plan today.")
                .doesNotContain("client created today");
        // Where nothing else in the prompt names a safety plan, the field keeps its label rather than a broken sentence.
        assertThat(section(draft(session(moderate().safetyPlan("created today").build()).build(), NoteFormat.SOAP),
                "assessment")).contains("Safety plan: created today.").doesNotContain("client created today");

        String unable = section(draft(session(ClinicalRiskAssessment.builder(ClinicalRiskLevel.HIGH)
                .ideation("active SI").intent("denies intent").plan("no plan").means("rope in garage")
                .addRiskFactor("prior attempt").addProtectiveFactor("none identified").safetyPlan("unable to safety plan")
                .addAction("called mobile crisis").followUp("ED evaluation today").build()).build(), NoteFormat.SOAP),
                "assessment");
        assertThat(unable).contains("No protective factors were identified.", "The client was unable to safety plan.")
                .doesNotContain("included none", "Safety plan:");
    }

    @Test
    void aDenialOfSiHiTypedWithTheMentalStatusOrConcernsIsInTheRiskPartAtLowRisk() {
        ClinicalRiskAssessment low = ClinicalRiskAssessment.builder(ClinicalRiskLevel.LOW)
                .addRiskFactor("recent job loss").build();
        NoteDraft ms = draft(session(low).addMentalStatus("affect blunted").addMentalStatus("denies SI/HI").build(),
                NoteFormat.SOAP);
        assertThat(section(ms, "objective")).doesNotContain("SI/HI");
        assertThat(section(ms, "assessment")).contains("The client denied SI/HI.");

        NoteDraft concern = draft(session(low).addConcern("no SI/HI").build(), NoteFormat.DAP);
        assertThat(concern.body()).containsOnlyOnce("SI/HI");
        assertThat(section(concern, "assessment")).contains("The client reported no SI/HI.");
    }

    @Test
    void aMissedSessionSaysRiskWasNotAssessedAndGivesNoLevelWhateverTheLastLevelWas() {
        SessionPrompt prompt = SamplePrompts.base("cl-9514").time(LocalTime.of(10, 0), LocalTime.of(10, 50))
                .modality(Modality.IN_PERSON).location("Maple Court office")
                .attendance(Attendance.NO_SHOW).addOutreach("called the client's cell and left a voicemail")
                .risk(ClinicalRiskAssessment.builder(ClinicalRiskLevel.MODERATE).ideation("passive SI last session")
                        .followUp("call again tomorrow").build())
                .addPlan("reschedule within 1 week").build();
        String body = draft(prompt, NoteFormat.SOAP).body();

        // Round 16 (issue 14): the level the clinician recorded is kept, with how it was known; never an assessment.
        assertThat(body).contains("Risk was not assessed in a session because the client did not attend. The risk level"
                + " this clinician documented for the client remains moderate, based on the session before this one."
                + " This clinician noted passive SI last session.")
                .doesNotContain("risk of suicide as", "risk assessment identified");
    }

    @Test
    void whatTheClinicianTypedAsTheirOwnDeedIsTheProfilesSelf() {
        ClinicalRiskAssessment risk = moderate().safetyPlan("Client and clinician updated safety plan")
                .addAction("Clinician provided crisis line").addAction("asked father to lock handgun").build();
        SessionPrompt prompt = session(risk).addPlan("clinician to send worksheet").build();
        NoteDraft draft = verified(drafter.draft(prompt, NoteFormat.SOAP, CorpusStyles.all().get("first-person-short")));

        assertThat(draft.body()).contains("The client and I updated safety plan.", "I also asked father to lock the handgun.",
                "In addition, I provided crisis line.", "I will also send a worksheet.")
                .doesNotContain("Clinician provided", "clinician to send", "The asked father", "Safety plan:",
                        "Actions taken:");
    }

    @Test
    void aGoalTypedAsAnotherPersonsIsThatPersonsProgressNeverTheClients() {
        SessionPrompt prompt = SamplePrompts.base("cl-9515").time(LocalTime.of(15, 0), LocalTime.of(15, 50))
                .serviceType(ServiceType.FAMILY_WITH_CLIENT).addParticipant("mother", "Rosa Diaz")
                .modality(Modality.IN_PERSON).location("Maple Court office").addConcern("refusing school")
                .addIntervention(InterventionType.PARENT_TRAINING, "reward chart", "engaged")
                .risk(ClinicalRiskAssessment.none("denies SI"))
                .addGoal("mother to use praise daily", ProgressRating.STEADY_PROGRESS, "")
                .addPlan("continue weekly sessions").build();
        String body = draft(prompt, NoteFormat.DAP).body();

        assertThat(body).contains("The mother made steady progress toward the goal to use praise daily.")
                .doesNotContain("client made steady progress");
    }

    @Test
    void bothWithOneOtherPersonInTheRoomIsTheClientAndThatPerson() {
        SessionPrompt prompt = session(ClinicalRiskAssessment.none("both deny SI/HI"))
                .addParticipant("wife", "Lena Ortiz").clientResponse("both engaged").build();
        NoteDraft draft = draft(prompt, NoteFormat.DAP);

        assertThat(draft.body()).contains("The client and the client's wife both denied SI/HI.",
                "Overall, both the client and the client's wife were engaged.")
                .doesNotContain("client was both", "Both deny");
    }

    @Test
    void theClientTypedAsPtBeforeAStateInASessionWithOthersIsTheClient() {
        SessionPrompt prompt = session(ClinicalRiskAssessment.none("denies SI"))
                .serviceType(ServiceType.FAMILY_WITH_CLIENT).addParticipant("mother", "Rosa Diaz")
                .clientResponse("pt quiet").build();
        String body = draft(prompt, NoteFormat.SOAP).body();

        assertThat(body).contains("Overall, the client was quiet.").doesNotContain("client's the client");
    }

    @Test
    void aRiskStatementTypedAsASentenceInThePresentIsWrittenInThePast() {
        ClinicalRiskAssessment risk = ClinicalRiskAssessment.builder(ClinicalRiskLevel.MODERATE)
                .ideation("Client endorses passive SI.").intent("Client denies intent.").plan("Client denies plan.")
                .means("Client denies access to firearms.").addRiskFactor("recent layoff")
                .addProtectiveFactor("daughter").safetyPlan("completed w/ client").followUp("call Friday").build();
        String assessment = section(draft(session(risk).build(), NoteFormat.SOAP), "assessment");

        assertThat(assessment).contains("The client endorsed passive SI.", "The client denied intent.",
                "The client denied a plan.", "The client denied access to firearms.")
                .doesNotContain("endorses", "denies", "Plan:");
    }
}
