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
 * A missed appointment had no session, so a front desk or a clinician often gives its slot by the start alone (the
 * same time as start and end). Such a prompt is accepted and drafted as the appointment's start; a session that took
 * place still needs an end after its start.
 */
class MissedSessionSlotTest {
    private final OfflineNoteDrafter drafter = OfflineNoteDrafter.builder().clock(TestClock.at("2026-12-04T15:00:00Z"))
            .auditLog(new InMemoryAuditLog()).build();

    private SessionPrompt.Builder missed(LocalTime start, LocalTime end) {
        return SamplePrompts.base("cl-9401").time(start, end).modality(Modality.IN_PERSON).location("Birch Lane office")
                .attendance(Attendance.NO_SHOW).addOutreach("front desk left a voicemail")
                .risk(ClinicalRiskAssessment.builder(ClinicalRiskLevel.NONE).build())
                .addGoal("attend weekly sessions", ProgressRating.NO_CHANGE, "second missed appointment this month")
                .addPlan("send a letter offering a new time");
    }

    @Test
    void aNoShowGivenByItsStartAloneIsDraftedAsTheAppointmentsStartInEveryFormat() {
        SessionPrompt prompt = missed(LocalTime.of(13, 0), LocalTime.of(13, 0)).build();

        for (NoteFormat format : NoteFormat.standard()) {
            NoteDraft draft = drafter.draft(prompt, format);
            assertThat(draft.verification().passed()).as(format + "\n" + draft.verification().report() + "\n"
                    + draft.body()).isTrue();
            assertThat(draft.body()).as(format.toString()).contains("did not attend").contains("at 1:00")
                    .doesNotContain("0-minute", "from 1:00 PM to 1:00 PM");
        }
    }

    @Test
    void aMissedIntakeEvaluationGivenByItsStartAloneIsDraftedAndPassesTheVerifier() {
        for (LocalTime end : new LocalTime[] {LocalTime.of(8, 30), LocalTime.of(9, 30)}) {
            SessionPrompt prompt = missed(LocalTime.of(8, 30), end)
                    .serviceType(org.practicekit.core.model.ServiceType.DIAGNOSTIC_EVALUATION).build();
            NoteDraft draft = drafter.draft(prompt, NoteFormat.SOAP);
            assertThat(draft.verification().passed()).as(end + "\n" + draft.verification().report() + "\n"
                    + draft.body()).isTrue();
        }
    }

    @Test
    void anOutreachLineCopyingWhatAParentSaidIsTheParentsReportAndPassesTheVerifier() {
        SessionPrompt prompt = SamplePrompts.base("cl-9402").time(LocalTime.of(15, 30), LocalTime.of(15, 30))
                .modality(Modality.IN_PERSON).location("Birch Lane office").attendance(Attendance.NO_SHOW)
                .addOutreach("Mother called at 15:50, said teen was sick and forgot to cancel")
                .addOutreach("rescheduled for Mon")
                .risk(ClinicalRiskAssessment.builder(ClinicalRiskLevel.NONE).build())
                .addGoal("attend weekly sessions", ProgressRating.NO_CHANGE, "second missed appointment this month")
                .addPlan("send a letter offering a new time").build();

        NoteDraft draft = drafter.draft(prompt, NoteFormat.DAP);
        assertThat(draft.verification().passed()).as(draft.verification().report() + "\n" + draft.body()).isTrue();
    }

    @Test
    void aLateCancellationGivenByItsStartAloneIsAccepted() {
        SessionPrompt prompt = missed(LocalTime.of(9, 30), LocalTime.of(9, 30)).attendance(Attendance.LATE_CANCELLATION)
                .build();

        assertThat(drafter.draft(prompt, NoteFormat.DAP).body()).contains("cancelled too late to reschedule");
    }

    @Test
    void aMissedAppointmentThatEndsBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> missed(LocalTime.of(13, 0), LocalTime.of(12, 0)).build())
                .isInstanceOf(ValidationException.class).hasMessageContaining("time.end")
                .hasMessageContaining("must not be before the start");
    }

    @Test
    void aSessionThatTookPlaceStillNeedsAnEndAfterItsStart() {
        assertThatThrownBy(() -> missed(LocalTime.of(13, 0), LocalTime.of(13, 0)).attendance(Attendance.ATTENDED)
                .build()).isInstanceOf(ValidationException.class).hasMessageContaining("time.end: must be after the start");
    }
}
