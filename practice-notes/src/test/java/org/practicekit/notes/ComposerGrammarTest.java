package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.testing.TestClock;

/**
 * What the clinician typed, in every kind of phrase, comes out as grammatical sentences: the
 * broken sentences reported in issue 14 are each written correctly now.
 */
class ComposerGrammarTest {
    private final OfflineNoteDrafter drafter = OfflineNoteDrafter.builder().clock(TestClock.at("2026-11-30T15:00:00Z"))
            .auditLog(new InMemoryAuditLog()).build();

    private SessionPrompt typedAsCliniciansType() {
        return SamplePrompts.base("cl-2001").time(LocalTime.of(13, 0), LocalTime.of(14, 20))
                .modality(org.practicekit.core.model.Modality.IN_PERSON).location("Main Street office")
                .addConcern("saved up a bottle of pills at home").addConcern("Client reports feeling hopeless")
                .addConcern("her mother yells at her").addMentalStatus("tearful").addMentalStatus("affect constricted")
                .addIntervention(InterventionType.SAFETY_PLANNING, "identify warning signs", "voice steady")
                .addIntervention(InterventionType.PSYCHOEDUCATION, "sleep hygiene", "identifies two triggers")
                .clientResponse("calmer by the end")
                .risk(ClinicalRiskAssessment.builder(ClinicalRiskLevel.LOW).ideation("no safety concerns reported")
                        .addRiskFactor("lives alone").addProtectiveFactor("close bond with her sister")
                        .addAction("safety plan").addAction("provide 988 number").build())
                .addHomework("sleep diary for 7 nights").addHomework("practice paced breathing daily")
                .addPlan("session in 3 days").addPlan("refer to psychiatry").addPlan("Client to attend AA")
                .addDiagnosis("F32.1", "Major depressive disorder, single episode, moderate").build();
    }

    @Test
    void eachKindOfPhraseIsInflectedAndJoinedGrammatically() {
        NoteDraft draft = drafter.draft(typedAsCliniciansType(), NoteFormat.SOAP);

        assertThat(draft.verification().passed()).as(draft.verification().report()).isTrue();
        assertThat(draft.body()).contains(
                "attended an 80-minute individual psychotherapy session",
                "The client reported having saved up a bottle of pills at home.",
                "The client also noted feeling hopeless.",
                "The client reported that her mother yells at her.",
                "Affect was constricted.",
                "focused on identifying warning signs",
                "In response, the client's voice was steady.",
                "the client identified two triggers",
                "the client was calmer by the end",
                "The client reported no safety concerns.",
                "Risk factors included living alone.",
                "This clinician's actions included a safety plan.",
                "provided 988 number",
                "For homework, the client agreed to practice paced breathing daily.",
                // Round 15: a noun whose head is a record to keep is the task it names.
                "The client will also complete a sleep diary for 7 nights.",
                "The plan includes a session in 3 days.",
                "will also refer to psychiatry.",
                "The client will attend AA.",
                "diagnosis of major depressive disorder, single episode, moderate (F32.1)");
        assertThat(draft.body()).doesNotContain("This clinician safety plan", "will also session", "reported saved",
                "client no safety", "was voice", "a 80", "agreed to sleep diary", "client calmer");
    }

    @Test
    void longSentenceStylesJoinListsWithoutBreakingThem() {
        NoteDraft draft = drafter.draft(typedAsCliniciansType(), NoteFormat.DAP,
                StyleProfile.learnedFrom(StyleProfileTest.OKAFOR_NOTES));

        assertThat(draft.verification().passed()).as(draft.verification().report()).isTrue();
        assertThat(draft.body()).contains("For homework, the patient agreed to practice paced breathing daily.",
                "The patient will also complete a sleep diary for 7 nights.").doesNotContain("This writer safety plan", "HW");
    }
}
