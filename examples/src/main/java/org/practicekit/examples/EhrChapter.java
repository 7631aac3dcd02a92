package org.practicekit.examples;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.practicekit.core.model.Address;
import org.practicekit.core.model.Appointment;
import org.practicekit.core.model.AppointmentId;
import org.practicekit.core.model.AppointmentStatus;
import org.practicekit.core.model.Client;
import org.practicekit.core.model.ConsentRecord;
import org.practicekit.core.model.ContactPoint;
import org.practicekit.core.model.Coverage;
import org.practicekit.core.model.Modality;
import org.practicekit.core.model.PayerKind;
import org.practicekit.core.model.QuestionnaireAnswer;
import org.practicekit.core.model.ScreeningScore;
import org.practicekit.core.model.ServiceType;
import org.practicekit.core.model.TimeSlot;
import org.practicekit.core.spi.EhrIntake;
import org.practicekit.core.spi.EhrNote;
import org.practicekit.core.spi.EhrReceipt;

/**
 * The EHR side of the day: a completed intake goes into the EHR in one write (and a repeated write
 * changes nothing), the first session is booked and confirmed there, the signed note is filed, and
 * everything reads back. Runs the same on the in-memory EHR and, with {@code --fhir}, on a FHIR server.
 */
final class EhrChapter implements PracticeDay.Chapter {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE MMM d, h:mm a");

    @Override
    public String title() {
        return "Structured data into the EHR";
    }

    @Override
    public void run(Practice p) {
        Instant now = p.clock.instant();
        Client riley = Client.builder().id("client-riley-chen").name("Riley", "Chen").birthDate(LocalDate.of(1991, 6, 14))
                .addContact(ContactPoint.mobile("+12175550142")).addContact(ContactPoint.email("riley.chen@mail.example"))
                .address(Address.us("44 Elm Street", "Springfield", "IL", "62704")).zone(Practice.ZONE).build();
        Coverage aetna = Coverage.builder().payerId("60054").payerName("Aetna").payerKind(PayerKind.COMMERCIAL)
                .memberId("W220145877").groupNumber("G-88012").build();
        EhrIntake intake = EhrIntake.builder().idempotencyKey("intake-riley-chen-1").questionnaireId("adult-intake-v3")
                .client(riley).coverage(aetna).submittedAt(now)
                .addConsent(new ConsentRecord("consent-to-treatment", "2026-01", sha256("consent to treatment v2026-01"),
                        "Riley Chen", now, ConsentRecord.Method.ELECTRONIC_SIGNATURE))
                .addConsent(new ConsentRecord("telehealth-consent", "2025-06", sha256("telehealth consent v2025-06"),
                        "Riley Chen", now, ConsentRecord.Method.ELECTRONIC_SIGNATURE))
                .addAnswer(new QuestionnaireAnswer("reason", "What brings you in?", QuestionnaireAnswer.AnswerType.TEXT,
                        "Worry that keeps me up at night"))
                .addScreening(new ScreeningScore(ScreeningScore.Instrument.PHQ9, List.of(1, 1, 2, 1, 1, 0, 1, 0, 0), 7,
                        "mild"))
                .addScreening(new ScreeningScore(ScreeningScore.Instrument.GAD7, List.of(2, 2, 1, 2, 1, 1, 2), 11,
                        "moderate"))
                .build();

        EhrReceipt routed = p.ehr.routeIntake(intake);
        p.log.step("Riley Chen's completed intake went to the EHR in one write: client record, insurance, "
                + intake.consents().size() + " signed consents, the answers and the PHQ-9 and GAD-7 scores ("
                + routed.recordIds().size() + " records). Nobody re-types it.");
        EhrReceipt again = p.ehr.routeIntake(intake);
        p.log.detail(again.created()
                ? "Sending it again created new records - that should never happen."
                : "Sent a second time, as after a dropped connection: the EHR already had everything, nothing was duplicated.");

        ZonedDateTime tomorrow = now.atZone(Practice.ZONE).toLocalDate().plusDays(1).atTime(10, 0).atZone(Practice.ZONE);
        Appointment first = Appointment.builder().id(AppointmentId.of("appt-riley-chen-1")).clientId(riley.id())
                .clinicianId(p.whitfield.id()).serviceType(ServiceType.DIAGNOSTIC_EVALUATION)
                .slot(TimeSlot.of(tomorrow.toInstant(), Duration.ofMinutes(60))).modality(Modality.TELEHEALTH_VIDEO)
                .build();
        p.ehr.writeAppointment(first);
        p.ehr.writeAppointment(first.withStatus(AppointmentStatus.CONFIRMED));
        p.log.step("First session booked in the EHR for " + WHEN.format(tomorrow) + " with "
                + p.whitfield.name().display() + " (video); Riley confirmed, and the EHR shows it confirmed.");

        String text = "D: Client attended the consultation call and described sleep trouble.\n"
                + "A: Engaged, anxious affect; no risk indicators.\nP: Diagnostic evaluation tomorrow.";
        EhrNote note = EhrNote.builder().noteId("note-riley-chen-consult").clientId(riley.id())
                .clinicianId(p.whitfield.id()).signerDisplay(p.whitfield.name().display() + ", " + p.whitfield.credentials())
                .sessionDate(now.atZone(Practice.ZONE).toLocalDate()).signedAt(now).title("Consultation note")
                .content(text).contentSha256(sha256(text)).build();
        p.ehr.exportNote(note);
        p.log.step(p.whitfield.name().display() + " signed the consultation note; it is filed in the EHR as a final"
                + " progress note with its fingerprint, so any later change would show.");

        String insurance = p.ehr.readCoverage(riley.id()).map(Coverage::payerName).orElse("none on file");
        List<Appointment> booked = p.ehr.appointments(tomorrow.toLocalDate().atStartOfDay(Practice.ZONE).toInstant(),
                tomorrow.toLocalDate().plusDays(1).atStartOfDay(Practice.ZONE).toInstant());
        p.log.step("Read back from the EHR: " + p.ehr.findClient(riley.id()).map(c -> c.name().display())
                .orElse("no client") + ", insurance " + insurance + ", " + booked.size()
                + " appointment(s) on tomorrow's book.");
    }

    private static String sha256(String text) {
        return org.practicekit.core.Sha256.hex(text);
    }
}
