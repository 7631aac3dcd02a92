package org.practicekit.core.scheduling;

import java.util.Objects;
import java.util.Optional;
import org.practicekit.core.RetriableException;
import org.practicekit.core.intake.FirstAppointmentRequest;
import org.practicekit.core.intake.FirstAppointmentResult;
import org.practicekit.core.intake.FirstAppointmentScheduler;
import org.practicekit.core.model.Appointment;
import org.practicekit.core.model.AppointmentId;
import org.practicekit.core.model.AppointmentStatus;
import org.practicekit.core.model.Client;
import org.practicekit.core.model.ContactPoint;
import org.practicekit.core.model.ServiceType;
import org.practicekit.core.spi.EhrAdapter;

/**
 * Confirms a new client's first appointment in the {@link AppointmentBook} when their intake is
 * complete: the time offered with the inquiry is booked (as a first evaluation by default) as already
 * confirmed, and the client gets the book's confirmation text, which asks nothing more of them. When no
 * time was offered,
 * or the offered time is no longer open, nothing is booked and the intake hands the booking to
 * staff: PracticeKit never picks a time the client did not agree to.
 *
 * <p>Idempotent: the appointment id is {@code first-<caseId>}, so a retried confirmation finds the
 * appointment booked the first time. Contact details and zone come from the client record the
 * intake just wrote to the EHR. Thread-safe.
 */
public final class IntakeFirstAppointments implements FirstAppointmentScheduler {
    private final AppointmentBook book;
    private final EhrAdapter ehr;
    private final ServiceType firstVisit;

    private IntakeFirstAppointments(AppointmentBook book, EhrAdapter ehr, ServiceType firstVisit) {
        this.book = Objects.requireNonNull(book, "book == null");
        this.ehr = Objects.requireNonNull(ehr, "ehr == null");
        this.firstVisit = Objects.requireNonNull(firstVisit, "firstVisit == null");
    }

    /** First visits booked as {@link ServiceType#DIAGNOSTIC_EVALUATION}. */
    public static IntakeFirstAppointments of(AppointmentBook book, EhrAdapter ehr) {
        return new IntakeFirstAppointments(book, ehr, ServiceType.DIAGNOSTIC_EVALUATION);
    }

    /** First visits booked as {@code firstVisit} (e.g. INDIVIDUAL where the practice starts without an evaluation). */
    public static IntakeFirstAppointments of(AppointmentBook book, EhrAdapter ehr, ServiceType firstVisit) {
        return new IntakeFirstAppointments(book, ehr, firstVisit);
    }

    @Override
    public FirstAppointmentResult confirm(FirstAppointmentRequest request) {
        Objects.requireNonNull(request, "request == null");
        AppointmentId id = AppointmentId.of("first-" + request.caseId());
        Optional<Appointment> existing = book.appointment(id);
        if (existing.isPresent()) {
            return resultFor(existing.get());
        }
        if (request.requestedStart().isEmpty() || request.clinicianId().isEmpty()) {
            return FirstAppointmentResult.notBooked("no first appointment time was agreed with the client");
        }
        if (!book.clinicians().contains(request.clinicianId().get())) {
            return FirstAppointmentResult.notBooked("the clinician named with the inquiry has no hours in the book");
        }
        Client client = ehr.findClient(request.clientId()).orElseThrow(() -> new RetriableException(
                "the client is not readable in the EHR yet", ehr.system(), "findClient", null));
        Optional<ContactPoint> contact = client.contact(ContactPoint.Kind.MOBILE)
                .or(() -> client.contact(ContactPoint.Kind.EMAIL)).or(() -> client.contacts().stream().findFirst());
        if (contact.isEmpty()) {
            return FirstAppointmentResult.notBooked("the client has no phone or email to confirm with");
        }
        // The client agreed to this time with the front desk, so it is booked as confirmed and the text
        // does not ask them to confirm it again.
        BookingRequest booking = BookingRequest.builder().appointmentId(id).clientId(request.clientId())
                .contact(contact.get()).clientZone(client.zone()).clinicianId(request.clinicianId().get())
                .serviceType(firstVisit).start(request.requestedStart().get()).newClient(true).confirmed(true)
                .preferredName(client.greetingName()).build();
        try {
            return resultFor(book.book(booking));
        } catch (SlotUnavailableException e) {
            return FirstAppointmentResult.notBooked("the time offered with the inquiry is no longer open");
        }
    }

    private static FirstAppointmentResult resultFor(Appointment a) {
        if (a.status() == AppointmentStatus.BOOKED || a.status() == AppointmentStatus.CONFIRMED
                || a.status() == AppointmentStatus.COMPLETED) {
            return FirstAppointmentResult.confirmed(a.id(), a.slot().start());
        }
        return FirstAppointmentResult.notBooked("the first appointment was " + a.status().name().toLowerCase(java.util.Locale.ROOT));
    }
}
