package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.practicekit.core.ValidationException;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.core.model.Modality;
import org.practicekit.core.model.ServiceType;
import org.practicekit.testing.TestClock;

/**
 * Prompts a clinician types every week that {@code build()} refused: a group member known by the initial "A.", a
 * family session nobody came to, an answer that ends with the adverb "yet" after "unable". Each builds and drafts a
 * note the verifier passes; the unfinished phrases they resemble are still refused.
 */
class SessionPromptAcceptsRound34Test {
    private final OfflineNoteDrafter drafter = OfflineNoteDrafter.builder().clock(TestClock.at("2026-12-08T15:00:00Z"))
            .auditLog(new InMemoryAuditLog()).build();

    private static SessionPrompt.Builder group() {
        return SamplePrompts.base("cl-3401").time(LocalTime.of(17, 0), LocalTime.of(18, 30)).modality(Modality.IN_PERSON)
                .location("Cedar Room").serviceType(ServiceType.GROUP)
                .addConcern("isolation since moving into assisted living")
                .addMentalStatus("alert").addMentalStatus("mood \"lonely\"")
                .addIntervention(InterventionType.PSYCHOEDUCATION, "the link between activity and mood",
                        "listed two activities to try this week")
                .risk(ClinicalRiskAssessment.none("denied suicidal ideation"))
                .addPlan("continue weekly group");
    }

    @Test
    void aGroupMemberKnownByTheInitialABuildsAndDrafts() {
        SessionPrompt prompt = group().addParticipant("group member", "A.").addParticipant("group member", "Mrs. A.")
                .addParticipant("group member", "R.").build();

        NoteDraft draft = drafter.draft(prompt, NoteFormat.DAP);

        assertThat(draft.verification().passed()).as(draft.verification().report()).isTrue();
        assertThat(prompt.participants()).extracting(p -> p.name()).containsExactly("A.", "Mrs. A.", "R.");
    }

    @Test
    void aTrailingArticleInAPhraseIsStillUnfinished() {
        SessionPrompt.Builder b = group().addParticipant("group member", "R.")
                .addIntervention(InterventionType.SUPPORTIVE_THERAPY, "grief over a", "talked about her husband");

        assertThatThrownBy(b::build).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.getMessage()).contains("interventions[1].focus", "ends unfinished (\"a\")"));
    }

    @Test
    void aFamilySessionNobodyCameToNeedsNoParticipants() {
        SessionPrompt prompt = SamplePrompts.base("cl-3402").time(LocalTime.of(16, 0), LocalTime.of(16, 50))
                .modality(Modality.TELEHEALTH_VIDEO).clientAtHome(true).serviceType(ServiceType.FAMILY_WITH_CLIENT)
                .attendance(Attendance.NO_SHOW).addOutreach("called the mother's cell and left a voicemail")
                .risk(ClinicalRiskAssessment.none("no contact; risk not assessed")).addPlan("mail a re-engagement letter")
                .build();

        NoteDraft draft = drafter.draft(prompt, NoteFormat.SOAP);

        assertThat(draft.verification().passed()).as(draft.verification().report()).isTrue();
        assertThat(draft.body()).contains("voicemail");
    }

    @Test
    void aFamilySessionThatTookPlaceStillNamesWhoCame() {
        SessionPrompt.Builder b = group().serviceType(ServiceType.FAMILY_WITH_CLIENT);

        assertThatThrownBy(b::build).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.getMessage()).contains("a family session names who took part"));
    }

    @Test
    void yetAfterUnableIsTheAdverbAndYetAfterAnAdjectiveIsUnfinished() {
        SessionPrompt ok = group().addParticipant("group member", "R.")
                .addIntervention(InterventionType.COGNITIVE_RESTRUCTURING, "the belief that she is a burden",
                        "named the thought; unable to find another view yet").build();
        NoteDraft draft = drafter.draft(ok, NoteFormat.BIRP);
        assertThat(draft.verification().passed()).as(draft.verification().report()).isTrue();
        assertThat(draft.body()).contains("yet");

        SessionPrompt.Builder unfinished = group().addParticipant("group member", "R.")
                .addIntervention(InterventionType.COGNITIVE_RESTRUCTURING, "the belief that she is a burden",
                        "tired yet");
        assertThatThrownBy(unfinished::build).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.getMessage()).contains("ends unfinished (\"yet\")"));
    }
}
