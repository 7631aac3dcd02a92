package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.core.model.Modality;
import org.practicekit.testing.TestClock;

/**
 * Round 34: where the clinician was, typed with no preposition ("clinician office", "therapist home office"), is said
 * as the clinician's place in its own clause, never inside the client's place ("joining from the dorm room, this
 * clinician's office") and never as where the client joined from.
 */
class ComposerTelehealthPlacesRound34Test {
    private final OfflineNoteDrafter drafter = OfflineNoteDrafter.builder().clock(TestClock.at("2026-12-08T15:00:00Z"))
            .auditLog(new InMemoryAuditLog()).build();

    static String opening(OfflineNoteDrafter drafter, String location, boolean atHome) {
        SessionPrompt prompt = SamplePrompts.base("cl-3410").time(LocalTime.of(9, 0), LocalTime.of(9, 50))
                .modality(Modality.TELEHEALTH_VIDEO).clientAtHome(atHome).location(location)
                .addConcern("worry about the move").addMentalStatus("anxious affect")
                .addIntervention(InterventionType.PSYCHOEDUCATION, "sleep hygiene", "asked about naps")
                .risk(ClinicalRiskAssessment.none("denied suicidal ideation")).addPlan("continue weekly sessions")
                .build();
        NoteDraft draft = drafter.draft(prompt, NoteFormat.DAP);
        assertThat(draft.verification().passed()).as(draft.verification().report() + "\n" + draft.body()).isTrue();
        return draft.sentences().get(1).text();
    }

    @Test
    void theClinicianPlaceTypedWithoutAPrepositionIsTheClinicianNeverWhereTheClientJoinedFrom() {
        assertThat(opening(drafter, "pt at her aunt's apartment, therapist home office", false)).isEqualTo(
                "The session was held by secure video, with the client's location (her aunt's apartment) verified "
                        + "for the session and this clinician at the home office.");
        assertThat(opening(drafter, "client in dorm room; clinician office", false)).isEqualTo(
                "The session was held by secure video, with the client's location (the dorm room) verified for the "
                        + "session and this clinician at the office.");
        assertThat(opening(drafter, "pt at home (basement), clinician home office", true)).isEqualTo(
                "The session was held by secure video, with the client at home (basement) and this clinician at the "
                        + "home office.");
        assertThat(opening(drafter, "Doxy - pt home, provider's office", true)).isEqualTo(
                "The session was held by secure video on Doxy, with the client at home and this clinician at the "
                        + "office.");
    }

    @Test
    void aLocationThatNamesOnlyTheClinicianPlaceNeverPutsTheClientThere() {
        assertThat(opening(drafter, "Clinician office", true)).isEqualTo(
                "The session was held by secure video, with the client at home and this clinician at the office.");
        assertThat(opening(drafter, "Clinician office", false)).isEqualTo(
                "The session was held by secure video, with this clinician at the office.");
    }

    @Test
    void theClinicianIsSaidInTheNotesOwnVoice() {
        SessionPrompt prompt = SamplePrompts.base("cl-3411").time(LocalTime.of(9, 0), LocalTime.of(9, 50))
                .modality(Modality.TELEHEALTH_VIDEO).clientAtHome(false).location("client in dorm room; clinician office")
                .addConcern("worry about the move").addMentalStatus("anxious affect")
                .addIntervention(InterventionType.PSYCHOEDUCATION, "sleep hygiene", "asked about naps")
                .risk(ClinicalRiskAssessment.none("denied suicidal ideation")).addPlan("continue weekly sessions")
                .build();
        NoteDraft mine = drafter.draft(prompt, NoteFormat.DAP, CorpusStyles.all().get("first-person-short"));
        assertThat(mine.verification().passed()).as(mine.verification().report()).isTrue();
        assertThat(mine.body()).contains("(the dorm room) verified for the session and me at the office").doesNotContain("this clinician");
    }

    @Test
    void aClientPlaceThatIsAnOfficeStaysTheClients() {
        assertThat(opening(drafter, "pt in private office at work", false)).contains("client's location (the private office at work) verified")
                .doesNotContain("clinician");
    }
}
