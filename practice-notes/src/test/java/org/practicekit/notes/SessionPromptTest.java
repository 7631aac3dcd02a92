package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.practicekit.core.ValidationException;
import org.practicekit.core.model.Modality;
import org.practicekit.core.model.ServiceType;

class SessionPromptTest {
    @Test
    void everyProblemIsListedAtOnce() {
        SessionPrompt.Builder b = SessionPrompt.builder().date(SamplePrompts.DAY)
                .time(LocalTime.of(10, 0), LocalTime.of(9, 0)).modality(Modality.IN_PERSON)
                .serviceType(ServiceType.FAMILY_WITH_CLIENT).addConcern("see above")
                .addIntervention(Intervention.other("", "", ""))
                .risk(new ClinicalRiskAssessment(ClinicalRiskLevel.HIGH, "", java.util.List.of(), java.util.List.of(),
                        java.util.List.of()))
                .addHomework("call [PERSON_1] daily").nextAppointment(LocalDateTime.of(2026, 11, 1, 9, 0))
                .addDiagnosis("41.1", "generalized anxiety disorder");

        assertThatThrownBy(b::build).isInstanceOfSatisfying(ValidationException.class, e -> {
            for (String path : new String[] {"client", "clinician", "time.end", "location", "participants",
                "presentingConcerns[0]", "interventions[0].label", "clientResponse", "risk.actionsTaken",
                "risk.riskFactors", "homework[0]", "plan", "nextAppointment", "diagnoses[0].code"}) {
                assertThat(e.hasProblemAt(path)).as(path + " in " + e.getMessage()).isTrue();
            }
            assertThat(e.getMessage()).doesNotContain("generalized anxiety");
        });
    }

    @Test
    void aListItemThatSaysThereIsNothingToListAddsNothing() {
        SessionPrompt prompt = SamplePrompts.panic().toBuilder().addMedication("none").addMedication(" N/A ")
                .addHomework("None").build();

        assertThat(prompt.medications()).isEqualTo(SamplePrompts.panic().medications());
        assertThat(prompt.homework()).isEqualTo(SamplePrompts.panic().homework());
        NoteDraft draft = OfflineNoteDrafter.builder().clock(org.practicekit.testing.TestClock.at("2026-12-03T12:00:00Z"))
                .auditLog(new org.practicekit.core.inmemory.InMemoryAuditLog()).build().draft(prompt, NoteFormat.SOAP);
        assertThat(draft.text().toLowerCase(java.util.Locale.ROOT)).doesNotContain("none", "n/a");
        assertThat(draft.verification().findings()).isEmpty();
    }

    @Test
    void anItemThatPointsElsewhereIsStillRefused() {
        SessionPrompt.Builder b = SamplePrompts.panic().toBuilder().addMedication("see above").addPlan("TBD");

        assertThatThrownBy(b::build).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.getMessage())
                .contains("medications[", "plan[", "leave the field empty instead of writing a filler"));
    }

    @Test
    void whatTheComposerCannotWriteIsRejectedWithAClearMessage() {
        SessionPrompt.Builder b = SamplePrompts.panic().toBuilder().addHomework("consistent")
                .addConcern("worry about").addPlan("and continue CBT").addConcern("I can't sleep")
                .addMentalStatus("(guarded");

        assertThatThrownBy(b::build).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.getMessage()).contains("homework[2]: is an adjective", "presentingConcerns[2]: ends unfinished",
                    "plan[2]: starts with \"and\"", "presentingConcerns[3]: reads as the clinician speaking",
                    "mentalStatus[3]: has an unmatched parenthesis");
        });
    }

    @Test
    void aModerateOrHigherRiskNeedsWhatAReviewerReadsFirst() {
        SessionPrompt.Builder b = SamplePrompts.panic().toBuilder().risk(new ClinicalRiskAssessment(ClinicalRiskLevel.MODERATE,
                "endorsed passive suicidal ideation", java.util.List.of("job loss"), java.util.List.of(),
                java.util.List.of("reviewed coping strategies")));

        assertThatThrownBy(b::build).isInstanceOfSatisfying(ValidationException.class, e -> {
            for (String path : new String[] {"risk.intent", "risk.plan", "risk.means", "risk.protectiveFactors",
                "risk.safetyPlan"}) {
                assertThat(e.hasProblemAt(path)).as(path + " in " + e.getMessage()).isTrue();
            }
            // The next appointment counts as the follow-up.
            assertThat(e.hasProblemAt("risk.followUp")).isFalse();
            assertThat(e.getMessage()).contains("risk.plan: a moderate risk level needs what the client said about a plan");
        });
        SessionPrompt.Builder imminent = SamplePrompts.panic().toBuilder().risk(new ClinicalRiskAssessment(
                ClinicalRiskLevel.IMMINENT, "endorsed suicidal ideation", java.util.List.of("job loss"),
                java.util.List.of(), java.util.List.of("reviewed coping strategies")));
        assertThatThrownBy(imminent::build).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(
                e.getMessage()).contains("risk.plan: an imminent risk level needs").doesNotContain("a imminent"));
    }

    @Test
    void theHighRiskCrisisNoteStatesTheRiskDocumentationFirstInOrder() {
        NoteDraft draft = OfflineNoteDrafter.builder().clock(org.practicekit.testing.TestClock.at("2026-11-30T15:00:00Z"))
                .auditLog(new org.practicekit.core.inmemory.InMemoryAuditLog()).build()
                .draft(SamplePrompts.crisis(), NoteFormat.SOAP);
        String assessment = draft.section("assessment").orElseThrow().text();

        int level = assessment.indexOf("current risk of suicide as high");
        int ideation = assessment.indexOf("endorsed daily suicidal ideation");
        int intent = assessment.indexOf("denied current intent");
        int plan = assessment.indexOf("described a plan to overdose");
        int means = assessment.indexOf("stored pills at home");
        int protective = assessment.indexOf("Protective factors included");
        int safetyPlan = assessment.indexOf("written safety plan");
        int followUp = assessment.indexOf("Follow-up is");
        assertThat(assessment).startsWith("This clinician assessed the client's current risk of suicide as high.");
        assertThat(new int[] {level, ideation, intent, plan, means, protective, safetyPlan, followUp}).isSorted()
                .doesNotContain(-1);
        // Means in the present tense: what the client has now, not what was resolved.
        assertThat(assessment).contains("The client has about thirty stored pills at home.");
        assertThat(draft.verification().passed()).isTrue();
    }

    @Test
    void aCompletePromptBuildsAndRoundTripsThroughItsBuilder() {
        SessionPrompt p = SamplePrompts.crisis();
        assertThat(p.toBuilder().build()).isEqualTo(p);
        assertThat(p.minutes()).isEqualTo(75);
        assertThat(p.toString()).doesNotContain("overdose", "Lindqvist");
    }

    @Test
    void aGoalFormatNeedsAGoal() {
        SessionPrompt noGoal = SamplePrompts.panic();
        OfflineNoteDrafter drafter = OfflineNoteDrafter.builder()
                .clock(org.practicekit.testing.TestClock.at("2026-11-30T15:00:00Z"))
                .auditLog(new org.practicekit.core.inmemory.InMemoryAuditLog()).build();
        SessionPrompt withoutGoals = copyWithoutGoals(noGoal);

        assertThatThrownBy(() -> drafter.draft(withoutGoals, NoteFormat.GIRP))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.hasProblemAt("goals")).isTrue());
        assertThat(drafter.draft(withoutGoals, NoteFormat.SOAP).verification().passed()).isTrue();
    }

    private static SessionPrompt copyWithoutGoals(SessionPrompt p) {
        SessionPrompt.Builder b = SessionPrompt.builder().client(p.clientId()).clinician(p.clinicianId())
                .date(p.date()).time(p.start(), p.end()).modality(p.modality()).location(p.location())
                .risk(p.risk()).clientResponse("was engaged");
        p.presentingConcerns().forEach(b::addConcern);
        p.interventions().forEach(b::addIntervention);
        p.plan().forEach(b::addPlan);
        return b.build();
    }

    @Test
    void practicesAddTemplatesThatMustPlaceEveryRequiredContent() {
        NoteFormat intake = NoteFormat.builder("brief", "Brief note")
                .section("summary", "Summary", SectionContent.SESSION, SectionContent.CONCERNS,
                        SectionContent.MEDICATIONS, SectionContent.MENTAL_STATUS, SectionContent.SCREENING)
                .section("work", "Work done", SectionContent.INTERVENTIONS, SectionContent.RESPONSE)
                .section("safety", "Safety", SectionContent.RISK)
                .section("next", "Next steps", SectionContent.PROGRESS, SectionContent.DIAGNOSIS, SectionContent.PLAN)
                .build();
        assertThat(intake.sectionHolding(SectionContent.RISK).orElseThrow().heading()).isEqualTo("Safety");

        assertThatThrownBy(() -> NoteFormat.builder("bad", "Bad")
                .section("all", "All", SectionContent.SESSION, SectionContent.CONCERNS, SectionContent.PLAN)
                .section("again", "Again", SectionContent.PLAN).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.getMessage())
                        .contains("RISK is not placed", "INTERVENTIONS is not placed", "PLAN is placed in more"));
    }
}
