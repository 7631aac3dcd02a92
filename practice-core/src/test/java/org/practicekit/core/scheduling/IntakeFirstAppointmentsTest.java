package org.practicekit.core.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.practicekit.core.inmemory.InMemoryEhr;
import org.practicekit.core.intake.FirstAppointmentRequest;
import org.practicekit.core.intake.FirstAppointmentResult;
import org.practicekit.core.model.AppointmentId;
import org.practicekit.core.model.AppointmentStatus;
import org.practicekit.core.model.Client;
import org.practicekit.core.model.ClientId;
import org.practicekit.core.model.ContactPoint;
import org.practicekit.core.model.ServiceType;
import org.practicekit.core.spi.EhrIntake;

class IntakeFirstAppointmentsTest {
    private final BookFixture fx = new BookFixture("2026-11-30T12:00:00Z");
    private final InMemoryEhr ehr = new InMemoryEhr();
    private final IntakeFirstAppointments first = IntakeFirstAppointments.of(fx.book, ehr);

    private void clientInEhr(String id) {
        Client client = Client.builder().id(id).name("Rosa", "Delgado").addContact(ContactPoint.mobile("+15205550177"))
                .zone(BookFixture.PHOENIX).build();
        ehr.routeIntake(EhrIntake.builder().idempotencyKey("intake/" + id).questionnaireId("intake").client(client)
                .submittedAt(Instant.parse("2026-11-30T11:00:00Z")).build());
    }

    private static FirstAppointmentRequest request(String caseId, String client, Optional<Instant> start) {
        return new FirstAppointmentRequest("intake/" + caseId + "/first-appointment", caseId, ClientId.of(client),
                Optional.of(BookFixture.RIVERA), start);
    }

    @Test
    void theTimeOfferedWithTheInquiryIsBookedConfirmedAndAnnouncedOnce() {
        clientInEhr("c-1");
        Instant wednesdayNine = BookFixture.ny("2026-12-02", "09:00");
        FirstAppointmentResult result = first.confirm(request("case-1", "c-1", Optional.of(wednesdayNine)));
        FirstAppointmentResult again = first.confirm(request("case-1", "c-1", Optional.of(wednesdayNine)));

        assertThat(result.isConfirmed()).as(result.reason()).isTrue();
        assertThat(result.appointmentId()).contains(AppointmentId.of("first-case-1"));
        assertThat(again.appointmentId()).isEqualTo(result.appointmentId());
        var booked = fx.book.appointment(AppointmentId.of("first-case-1")).orElseThrow();
        assertThat(booked.status()).isEqualTo(AppointmentStatus.CONFIRMED);
        assertThat(booked.serviceType()).isEqualTo(ServiceType.DIAGNOSTIC_EVALUATION);
        assertThat(booked.slot().start()).isEqualTo(wednesdayNine);
        // Agreed with the front desk: confirmed, so the text thanks the client and asks nothing of them.
        assertThat(fx.channel.delivered("appointment.booked")).singleElement().satisfies(m -> {
            assertThat(m.to().value()).isEqualTo("+15205550177");
            assertThat(m.body()).startsWith("Riverside Counseling: Hi Rosa. Your appointment on Wed Dec 2 at 7:00 AM MST")
                    .contains("is confirmed").doesNotContain("Reply C").endsWith("Reply STOP to opt out.");
        });
    }

    @Test
    void aTimeThatIsNoLongerOpenIsHandedToStaffNotMoved() {
        clientInEhr("c-2");
        Instant wednesdayNine = BookFixture.ny("2026-12-02", "09:00");
        fx.book.book(BookFixture.request("someone-else", wednesdayNine));
        FirstAppointmentResult result = first.confirm(request("case-2", "c-2", Optional.of(wednesdayNine)));
        assertThat(result.isConfirmed()).isFalse();
        assertThat(result.reason()).contains("no longer open");
        assertThat(fx.book.appointment(AppointmentId.of("first-case-2"))).isEmpty();
    }

    @Test
    void withoutAnAgreedTimeNothingIsBooked() {
        clientInEhr("c-3");
        FirstAppointmentResult result = first.confirm(request("case-3", "c-3", Optional.empty()));
        assertThat(result.isConfirmed()).isFalse();
        assertThat(fx.channel.delivered()).isEmpty();
    }
}
