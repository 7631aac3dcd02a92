package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.core.model.Modality;
import org.practicekit.testing.TestClock;

/**
 * What a signing clinician expects where a finding belongs: the telehealth facts in a sentence of their own, results
 * written as results, and a denial of SI/HI in the risk part rather than among the observations. Every draft passes
 * the verifier.
 */
class ComposerRound12Test {
    private final OfflineNoteDrafter drafter = OfflineNoteDrafter.builder().clock(TestClock.at("2026-12-04T15:00:00Z"))
            .auditLog(new InMemoryAuditLog()).build();

    private static final ClinicalRiskAssessment LOW = ClinicalRiskAssessment.builder(ClinicalRiskLevel.LOW)
            .ideation("denies SI, intent or plan").addRiskFactor("recent job loss").addProtectiveFactor("a close friend")
            .build();

    private SessionPrompt.Builder session() {
        return SamplePrompts.base("cl-9401").time(LocalTime.of(10, 0), LocalTime.of(10, 50))
                .modality(Modality.IN_PERSON).location("Maple Court office")
                .addIntervention(InterventionType.SUPPORTIVE_THERAPY, "stress at work", "engaged").risk(LOW)
                .addPlan("continue weekly sessions");
    }

    private NoteDraft draft(SessionPrompt prompt, NoteFormat format) {
        NoteDraft draft = drafter.draft(prompt, format);
        assertThat(draft.verification().passed()).as(draft.verification().report() + "\n" + draft.body()).isTrue();
        return draft;
    }

    private String section(NoteDraft draft, String key) {
        return draft.sections().stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow().text();
    }

    @Test
    void aTelehealthPlatformAndPlaceAreTheirOwnSentenceNeverPastedIntoTheOpening() {
        String body = draft(session().addConcern("low mood").modality(Modality.TELEHEALTH_VIDEO)
                .location("Zoom; client in parked car").build(), NoteFormat.SOAP).body();

        assertThat(body).contains("from 10:00 to 10:50 AM.", "The session was held by secure video on Zoom, with the client's location (the parked car) verified for the session.")
                .doesNotContain("AM, by secure video", "Zoom;", "client in parked car");
    }

    @Test
    void aClientAtHomeJoinsFromHomeAndAModalityTypedAgainIsNotRepeated() {
        String home = draft(session().addConcern("low mood").modality(Modality.TELEHEALTH_AUDIO).clientAtHome(true)
                .location("phone").build(), NoteFormat.SOAP).body();
        assertThat(home).contains("The session was held by telephone (audio only), with the client at home.")
                .doesNotContain("the phone", "joining from");

        String work = draft(session().addConcern("low mood").modality(Modality.TELEHEALTH_VIDEO)
                .location("client at work").build(), NoteFormat.DAP).body();
        assertThat(work).contains("The session was held by secure video, with the client's location (work) verified for the session.");
    }

    @Test
    void scoresAndTestResultsAreResultsNotTheClientsReport() {
        String body = draft(session().addConcern("UDS positive for cannabis").addConcern("PHQ-9 18")
                .addConcern("poor sleep, BP 150/95 at intake").build(), NoteFormat.SOAP).body();

        assertThat(body).contains("The UDS was positive for cannabis.", "The PHQ-9 score was 18.",
                "The BP was 150/95 at intake.", "The client reported poor sleep.")
                .doesNotContain("reported UDS", "reported PHQ", "concerns: BP", "Other concerns");
    }

    @Test
    void aDenialTypedWithTheMentalStatusIsWrittenInTheRiskPartNotAsAnObservation() {
        NoteDraft draft = draft(session().addConcern("low mood").addMentalStatus("euthymic mood")
                .addMentalStatus("no SI/HI").build(), NoteFormat.SOAP);

        assertThat(section(draft, "objective")).doesNotContain("SI/HI");
        assertThat(section(draft, "assessment")).contains("The client reported no SI/HI.");
    }

    @Test
    void aPersonAndWhatTheyDoIsTheClientsReportWithTheClientsOwnPossessive() {
        String body = draft(session().addConcern("husband found texts").addConcern("sons arguing at home")
                .addConcern("trouble sleeping since she moved").build(), NoteFormat.SOAP).body();

        assertThat(body).contains("The client reported that her husband found texts.",
                "The client reported that her sons are arguing at home.")
                .doesNotContain("concerns: husband", "concerns: sons");
    }

    @Test
    void withoutTheClientsPronounsAPersonAndVerbStaysAsTyped() {
        String body = draft(session().addConcern("wife threatening to leave").build(), NoteFormat.SOAP).body();

        // Round 26b: written as a reported clause whose owner is the client by name, never a guessed "her" or "his".
        assertThat(body).contains("that the client's wife is threatening to leave").doesNotContain("her wife",
                "his wife");
    }

    @Test
    void aDenialTypedTwiceIsSaidOnceInTheRiskPartCitingBothFields() {
        NoteDraft draft = draft(session().addConcern("low mood").addMentalStatus("no SI/HI")
                .risk(ClinicalRiskAssessment.builder(ClinicalRiskLevel.LOW).ideation("denies SI/HI")
                        .addRiskFactor("recent job loss").addProtectiveFactor("a close friend").build()).build(),
                NoteFormat.SOAP);

        String assessment = section(draft, "assessment");
        assertThat(assessment).contains("The client denied SI/HI.").doesNotContain("reported no SI/HI");
        assertThat(draft.sections().stream().flatMap(s -> s.sentences().stream())
                .filter(s -> s.text().equals("The client denied SI/HI.")).findFirst().orElseThrow().sources())
                .contains("risk.ideation", "mentalStatus[0]");
    }

    @Test
    void aDeedWhoseObjectIsAListIsOneSentenceNotAResponseLine() {
        String body = draft(SamplePrompts.base("cl-9402").time(LocalTime.of(10, 0), LocalTime.of(10, 50))
                .modality(Modality.IN_PERSON).location("Maple Court office").addConcern("low mood").risk(LOW)
                .addIntervention(InterventionType.SAFETY_PLANNING, "warning signs and coping steps",
                        "named three warning signs, two coping steps and one person to call")
                .addPlan("continue weekly sessions").build(), NoteFormat.SOAP).body();

        assertThat(body).contains("the client named three warning signs, two coping steps and one person to call.")
                .doesNotContain("Response:");
    }

    @Test
    void atModerateRiskWhatTheClientDidInSafetyPlanningIsInTheRiskBlockBeforeTheFollowUp() {
        ClinicalRiskAssessment moderate = ClinicalRiskAssessment.builder(ClinicalRiskLevel.MODERATE)
                .ideation("passive SI since the layoff").intent("denies intent").plan("no plan")
                .means("no firearms at home").addRiskFactor("recent layoff").addProtectiveFactor("a close friend")
                .safetyPlan("completed a written safety plan").followUp("phone check-in on Friday").build();
        NoteDraft draft = draft(SamplePrompts.base("cl-9403").time(LocalTime.of(10, 0), LocalTime.of(10, 50))
                .modality(Modality.IN_PERSON).location("Maple Court office").addConcern("low mood").risk(moderate)
                .addIntervention(InterventionType.SAFETY_PLANNING, "warning signs and people to call",
                        "named two friends as contacts and was able to commit to safety")
                .addPlan("continue weekly sessions").build(), NoteFormat.SOAP);

        assertThat(section(draft, "objective")).doesNotContain("friends as contacts");
        String assessment = section(draft, "assessment");
        assertThat(assessment).contains("friends as contacts");
        assertThat(assessment.indexOf("friends as contacts")).isLessThan(assessment.indexOf("Follow-up"));
    }

    @Test
    void aFocusListWhoseLastItemsShareAnAndIsTheObjectOfFocusedOn() {
        String body = draft(SamplePrompts.base("cl-9404").time(LocalTime.of(10, 0), LocalTime.of(10, 50))
                .modality(Modality.IN_PERSON).location("Maple Court office").addConcern("low mood").risk(LOW)
                .addIntervention(InterventionType.SAFETY_PLANNING, "warning signs, coping skills and crisis lines",
                        "engaged").addPlan("continue weekly sessions").build(), NoteFormat.SOAP).body();

        assertThat(body).contains("focused on warning signs, coping skills, and crisis lines.").doesNotContain("Focus:");
    }
}
