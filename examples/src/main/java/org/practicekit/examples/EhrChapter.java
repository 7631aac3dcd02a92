package org.practicekit.examples;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.practicekit.core.Sha256;
import org.practicekit.core.messaging.ClientMessage;
import org.practicekit.core.messaging.TriageOutcome;
import org.practicekit.core.model.Address;
import org.practicekit.core.model.AdministrativeSex;
import org.practicekit.core.model.Appointment;
import org.practicekit.core.model.AppointmentStatus;
import org.practicekit.core.model.Client;
import org.practicekit.core.model.ConsentRecord;
import org.practicekit.core.model.ContactPoint;
import org.practicekit.core.model.Coverage;
import org.practicekit.core.model.GenderIdentity;
import org.practicekit.core.model.PayerKind;
import org.practicekit.core.model.QuestionnaireAnswer;
import org.practicekit.core.model.ScreeningScore;
import org.practicekit.core.practice.Practice;
import org.practicekit.core.scheduling.BookingRequest;
import org.practicekit.core.spi.EhrIntake;
import org.practicekit.core.spi.EhrReceipt;

/**
 * The EHR side of the day: two completed intakes from last week go into the EHR in one write each (and a
 * repeated write changes nothing); Riley's next session is booked in the practice's book and appears in
 * the EHR by itself; Riley confirms by text and the EHR shows it. Runs the same on the in-memory EHR and,
 * with {@code --fhir}, on a FHIR server.
 */
final class EhrChapter implements PracticeDay.Chapter {
    static final String RILEY = "client-riley-chen";
    static final String MAYA = "client-maya-okonkwo";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE MMM d, h:mm a");

    @Override
    public String title() {
        return "Structured data into the EHR";
    }

    @Override
    public void run(DemoPractice p) {
        Practice practice = p.practice;
        Instant now = p.clock.instant();
        Client riley = Client.builder().id(RILEY).name("Riley", "Chen").birthDate(LocalDate.of(1991, 6, 14))
                .addContact(ContactPoint.mobile("+12175550152")).addContact(ContactPoint.email("riley.chen@mail.example"))
                .address(Address.us("44 Elm Street", "Springfield", "IL", "62704")).zone(DemoPractice.ZONE)
                .sex(AdministrativeSex.FEMALE).genderIdentity(GenderIdentity.NON_BINARY).pronouns("they/them")
                .preferredName("Rye").build();
        Coverage aetna = Coverage.builder().payerId("60054").payerName("Aetna").payerKind(PayerKind.COMMERCIAL)
                .memberId("W220145877").groupNumber("G-88012").build();
        EhrIntake intake = EhrIntake.builder().idempotencyKey("intake-riley-chen-1").questionnaireId("adult-intake-v3")
                .client(riley).coverage(aetna).submittedAt(now)
                .addConsent(new ConsentRecord("consent-to-treatment", "2026-01", Sha256.hex("consent to treatment v2026-01"),
                        "Riley Chen", now, ConsentRecord.Method.ELECTRONIC_SIGNATURE))
                .addConsent(new ConsentRecord("telehealth-consent", "2025-06", Sha256.hex("telehealth consent v2025-06"),
                        "Riley Chen", now, ConsentRecord.Method.ELECTRONIC_SIGNATURE))
                .addAnswer(new QuestionnaireAnswer("reason", "What brings you in?", QuestionnaireAnswer.AnswerType.TEXT,
                        "Worry that keeps me up at night"))
                .addScreening(new ScreeningScore(ScreeningScore.Instrument.PHQ9, List.of(1, 1, 2, 1, 1, 0, 1, 0, 0), 7,
                        "mild"))
                .addScreening(new ScreeningScore(ScreeningScore.Instrument.GAD7, List.of(2, 2, 1, 2, 1, 1, 2), 11,
                        "moderate"))
                .build();

        EhrReceipt routed = practice.ehr().routeIntake(intake);
        p.log.step("Riley Chen's completed intake went to the EHR in one write: client record (sex, gender identity,"
                + " pronouns and the name Riley goes by), insurance, " + intake.consents().size() + " signed consents,"
                + " the answers and the PHQ-9 and GAD-7 scores (" + routed.recordIds().size() + " records). Nobody re-types it.");
        EhrReceipt again = practice.ehr().routeIntake(intake);
        p.log.detail(again.created()
                ? "Sending it again created new records - that should never happen."
                : "Sent a second time, as after a dropped connection: the EHR already had everything, nothing was duplicated.");

        Client maya = Client.builder().id(MAYA).name("Maya", "Okonkwo").birthDate(LocalDate.of(2011, 2, 20))
                .addContact(ContactPoint.mobile("+12175550161")).address(Address.us("9 Birch Lane", "Springfield", "IL",
                        "62702")).zone(DemoPractice.ZONE).sex(AdministrativeSex.FEMALE).build();
        practice.ehr().routeIntake(EhrIntake.builder().idempotencyKey("intake-maya-okonkwo-1").questionnaireId("teen-intake-v2")
                .client(maya).coverage(Coverage.builder().payerName("Illinois Medicaid").payerId("MEDICAID-IL")
                        .payerKind(PayerKind.MEDICAID).memberId("IL550017732").build())
                .submittedAt(now).build());
        p.log.step("Maya Okonkwo's intake (Illinois Medicaid, family sessions with " + p.okafor.name().display()
                + ") is in the EHR too.");

        ZonedDateTime tomorrow = now.atZone(DemoPractice.ZONE).toLocalDate().plusDays(1).atTime(15, 0).atZone(DemoPractice.ZONE);
        Appointment next = practice.appointments().book(BookingRequest.builder().clientId(riley.id())
                .contact(riley.contact(ContactPoint.Kind.MOBILE).orElseThrow()).clientZone(riley.zone())
                .preferredName(riley.greetingName()).clinicianId(p.whitfield.id()).start(tomorrow.toInstant())
                .payerKind(PayerKind.COMMERCIAL).build());
        p.log.step("Riley's next session is booked in the practice's book for " + WHEN.format(tomorrow) + " (video); the"
                + " book wrote it to the EHR by itself, and texted Riley:");
        p.log.detail("\"" + PracticeDay.last(p, "appointment.booked").body() + "\"");
        TriageOutcome confirmed = practice.messages().receive(ClientMessage.builder().id("sms-1001").clientId(riley.id())
                .text("C").receivedAt(p.clock.instant()).from(riley.contact(ContactPoint.Kind.MOBILE).orElseThrow())
                .build());
        List<Appointment> booked = practice.ehr().appointments(tomorrow.toLocalDate().atStartOfDay(DemoPractice.ZONE)
                .toInstant(), tomorrow.toLocalDate().plusDays(1).atStartOfDay(DemoPractice.ZONE).toInstant());
        p.log.step("Riley texts \"C\": " + confirmed.reply().map(r -> "the reply confirmed the appointment").orElse("not matched")
                + ", and the EHR shows it " + booked.stream().filter(a -> a.id().equals(next.id()))
                        .map(a -> a.status() == AppointmentStatus.CONFIRMED ? "confirmed." : a.status().name())
                        .findFirst().orElse("missing."));

        String insurance = practice.ehr().readCoverage(riley.id()).map(Coverage::payerName).orElse("none on file");
        p.log.step("Read back from the EHR: " + practice.ehr().findClient(riley.id()).map(c -> c.name().display()
                + " (goes by " + c.greetingName() + ", " + c.pronouns().orElse("no pronouns given") + ")")
                .orElse("no client") + ", insurance " + insurance + ", " + booked.size()
                + " appointment(s) on tomorrow's book.");
    }
}
