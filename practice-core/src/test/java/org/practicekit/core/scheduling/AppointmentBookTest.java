package org.practicekit.core.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.practicekit.core.scheduling.BookFixture.NEW_YORK;
import static org.practicekit.core.scheduling.BookFixture.RIVERA;
import static org.practicekit.core.scheduling.BookFixture.ny;
import static org.practicekit.core.scheduling.BookFixture.request;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.practicekit.core.ValidationException;
import org.practicekit.core.model.Appointment;
import org.practicekit.core.model.AppointmentId;
import org.practicekit.core.model.AppointmentStatus;
import org.practicekit.core.model.ClientId;
import org.practicekit.core.model.PayerKind;
import org.practicekit.core.model.ServiceType;
import org.practicekit.core.spi.OutboundMessage;

class AppointmentBookTest {

    @Test
    void bookingSendsAMinimalConfirmationInTheClientsZone() {
        BookFixture f = new BookFixture("2026-12-01T14:00:00Z");
        Appointment a = f.book.book(request("client-1", ny("2026-12-07", "10:00")));

        assertThat(a.status()).isEqualTo(AppointmentStatus.BOOKED);
        assertThat(a.slot().duration()).isEqualTo(Duration.ofMinutes(53));
        List<OutboundMessage> sent = f.channel.delivered("appointment.booked");
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).body()).contains("Mon Dec 7 at 8:00 AM MST", "video visit")
                .doesNotContain("trauma", "Rivera", "INDIVIDUAL", "therapy");
        assertThat(sent.get(0).body()).startsWith("Riverside Counseling: ").contains("Reply C to confirm or X to cancel")
                .endsWith("Reply STOP to opt out.");
        assertThat(f.book.appointment(a.id())).contains(a);
    }

    @Test
    void theSameTimeCannotBeBookedTwiceAndNeitherCanAnOverlapWithTheBuffer() {
        BookFixture f = new BookFixture("2026-12-01T14:00:00Z");
        f.book.book(request("client-1", ny("2026-12-07", "10:00")));

        assertThatThrownBy(() -> f.book.book(request("client-2", ny("2026-12-07", "10:00"))))
                .isInstanceOf(SlotUnavailableException.class);
        assertThatThrownBy(() -> f.newEngine().book(request("client-2", ny("2026-12-07", "10:00"))))
                .isInstanceOf(SlotUnavailableException.class);
        assertThatThrownBy(() -> f.book.book(request("client-3", ny("2026-12-07", "10:30"))))
                .isInstanceOf(SlotUnavailableException.class); // not an open slot at all
        assertThat(f.book.openSlots(RIVERA, ServiceType.INDIVIDUAL, LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 7)))
                .extracting(s -> s.startIn(NEW_YORK).toLocalTime()).doesNotContain(LocalTime.of(10, 0)).hasSize(7);
        // A 90-minute evaluation at 09:00 would run into the 10:00 session.
        assertThatThrownBy(() -> f.book.book(request("client-4", ny("2026-12-07", "09:00")).toBuilder()
                .serviceType(ServiceType.DIAGNOSTIC_EVALUATION).build())).isInstanceOf(SlotUnavailableException.class);
        assertThat(f.book.appointments(RIVERA, LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 7))).hasSize(1);
    }

    @Test
    void bookingTheSameAppointmentIdAgainIsIdempotent() {
        BookFixture f = new BookFixture("2026-12-01T14:00:00Z");
        BookingRequest r = request("client-1", ny("2026-12-07", "10:00")).toBuilder()
                .appointmentId(AppointmentId.of("host-42")).build();
        Appointment first = f.book.book(r);
        Appointment again = f.newEngine().book(r);
        assertThat(again).isEqualTo(first);
        assertThat(f.channel.delivered("appointment.booked")).hasSize(1);
    }

    @Test
    void lateCancellationFeeFollowsThePayerRules() {
        BookFixture f = new BookFixture("2026-12-01T14:00:00Z");
        Instant start = ny("2026-12-02", "14:00"); // 19 hours ahead at cancellation time
        f.clock.set(Instant.parse("2026-11-27T14:00:00Z"));
        Appointment commercial = f.book.book(request("c-commercial", start));
        Appointment medicaid = f.book.book(request("c-medicaid", start.plus(Duration.ofHours(1))).toBuilder()
                .payerKind(PayerKind.MEDICAID).build());
        Appointment medicare = f.book.book(request("c-medicare", start.plus(Duration.ofHours(2))).toBuilder()
                .payerKind(PayerKind.MEDICARE).build());
        Appointment practice = f.book.book(request("c-practice", start.plus(Duration.ofHours(-2))));
        Appointment early = f.book.book(request("c-early", ny("2026-12-04", "10:00")));
        f.clock.set(Instant.parse("2026-12-01T23:00:00Z"));

        Cancellation c1 = f.book.cancel(commercial.id(), CancelledBy.CLIENT);
        assertThat(c1.late()).isTrue();
        assertThat(c1.feeEligible()).isTrue();
        assertThat(c1.appointment().status()).isEqualTo(AppointmentStatus.LATE_CANCELLED);
        assertThat(c1.freedSlot()).hasValueSatisfying(s -> assertThat(s.time().start()).isEqualTo(start));

        Cancellation c2 = f.book.cancel(medicaid.id(), CancelledBy.CLIENT);
        assertThat(c2.late()).isTrue();
        assertThat(c2.feeEligible()).as("Medicaid members are never charged").isFalse();

        assertThat(f.book.cancel(medicare.id(), CancelledBy.CLIENT).feeEligible())
                .as("Medicare only under an all-patients policy").isFalse();
        assertThat(f.book.cancel(practice.id(), CancelledBy.PRACTICE).late()).isFalse();
        Cancellation c5 = f.book.cancel(early.id(), CancelledBy.CLIENT);
        assertThat(c5.late()).isFalse();
        assertThat(c5.appointment().status()).isEqualTo(AppointmentStatus.CANCELLED);

        CancellationPolicy allPatients = new CancellationPolicy(Duration.ofHours(24), true, true, 2);
        assertThat(allPatients.feeAllowed(java.util.Optional.of(PayerKind.MEDICARE))).isTrue();
        assertThat(allPatients.feeAllowed(java.util.Optional.of(PayerKind.MEDICAID))).isFalse();

        assertThatThrownBy(() -> f.book.cancel(commercial.id(), CancelledBy.CLIENT)).isInstanceOf(ValidationException.class);
        assertThat(f.channel.delivered("appointment.cancelled")).hasSize(5);
    }

    @Test
    void noShowsSendAFollowUpAndTheSecondRaisesOneStaffTask() {
        BookFixture f = new BookFixture("2026-12-01T14:00:00Z");
        Appointment a = f.book.book(request("client-1", ny("2026-12-03", "10:00")));
        Appointment b = f.book.book(request("client-1", ny("2026-12-10", "10:00")));
        assertThatThrownBy(() -> f.book.markNoShow(a.id())).isInstanceOf(ValidationException.class);

        f.clock.set(ny("2026-12-03", "10:20"));
        NoShow first = f.book.markNoShow(a.id());
        assertThat(first.noShowCount()).isEqualTo(1);
        assertThat(first.staffTaskRaised()).isFalse();
        assertThat(first.feeEligible()).isTrue();
        assertThat(f.staff.pending()).isEmpty();

        f.clock.set(ny("2026-12-10", "10:20"));
        NoShow second = f.book.markNoShow(b.id());
        assertThat(second.noShowCount()).isEqualTo(2);
        assertThat(second.staffTaskRaised()).isTrue();
        assertThat(f.staff.pending()).singleElement().satisfies(e -> {
            assertThat(e.category()).isEqualTo("scheduling.no-shows");
            assertThat(e.clientId()).contains(ClientId.of("client-1"));
        });
        assertThat(f.channel.delivered("appointment.no-show")).hasSize(2)
                .allSatisfy(m -> assertThat(m.body()).contains("We missed you"));
    }

    @Test
    void rescheduleOffersThreeHeldTimesAndBooksTheChosenOne() {
        BookFixture f = new BookFixture("2026-12-01T14:00:00Z");
        Appointment a = f.book.book(request("client-1", ny("2026-12-07", "10:00")));
        SlotRequest prefs = SlotRequest.builder(ClientId.of("client-1")).zone(BookFixture.PHOENIX)
                .preferDays(java.time.DayOfWeek.THURSDAY).preferWindow(TimeWindow.of("12:00", "15:00")).build();

        RescheduleOffer offer = f.book.offerReschedule(a.id(), prefs);

        assertThat(offer.options()).hasSize(3).allSatisfy(s -> {
            assertThat(s.startIn(BookFixture.PHOENIX).getDayOfWeek()).isEqualTo(java.time.DayOfWeek.THURSDAY);
            assertThat(s.startIn(BookFixture.PHOENIX).toLocalTime()).isBetween(LocalTime.of(12, 0), LocalTime.of(14, 0));
        });
        assertThat(f.channel.delivered("appointment.reschedule-offer")).singleElement()
                .satisfies(m -> assertThat(m.body()).contains("1) ", "2) ", "3) ", "MST"));
        // Held: nobody else can take them, through this engine or another.
        for (OpenSlot s : offer.options()) {
            assertThatThrownBy(() -> f.newEngine().book(request("other", s.time().start())))
                    .isInstanceOf(SlotUnavailableException.class);
        }

        Appointment moved = f.book.acceptReschedule(offer.id(), 1);

        assertThat(moved.id()).isEqualTo(a.id());
        assertThat(moved.slot().start()).isEqualTo(offer.options().get(1).time().start());
        assertThat(f.book.book(request("other", offer.options().get(0).time().start())).status())
                .isEqualTo(AppointmentStatus.BOOKED);
        assertThat(f.book.book(request("other-2", offer.options().get(2).time().start())).status())
                .isEqualTo(AppointmentStatus.BOOKED);
        assertThat(f.book.book(request("other-3", ny("2026-12-07", "10:00"))).status()).isEqualTo(AppointmentStatus.BOOKED);
        assertThatThrownBy(() -> f.book.acceptReschedule(offer.id(), 0)).isInstanceOf(ValidationException.class);
        assertThat(f.channel.delivered("appointment.moved")).hasSize(1);
    }

    @Test
    void anUnansweredRescheduleOfferExpiresThroughDueAndReleasesItsHolds() {
        BookFixture f = new BookFixture("2026-12-01T14:00:00Z");
        Appointment a = f.book.book(request("client-1", ny("2026-12-07", "10:00")));
        RescheduleOffer offer = f.book.offerReschedule(a.id(), SlotRequest.builder(ClientId.of("client-1")).build());
        assertThat(f.book.due(f.clock.instant().plus(Duration.ofHours(11)))).noneMatch(e -> e.type().contains("expired"));

        f.clock.advance(Duration.ofHours(12));
        assertThat(f.book.due(f.clock.instant())).anyMatch(e -> e.type().equals("appointment.reschedule-expired"));

        assertThat(f.book.appointment(a.id()).orElseThrow().slot().start()).isEqualTo(ny("2026-12-07", "10:00"));
        for (OpenSlot s : offer.options()) {
            assertThat(f.book.hold(s, "someone-else", f.clock.instant().plus(Duration.ofHours(1)),
                    AppointmentBook.Mode.RELAXED)).as("released").isTrue();
        }
        assertThatThrownBy(() -> f.book.acceptReschedule(offer.id(), 0)).isInstanceOf(ValidationException.class);
    }

    @Test
    void weeklySeriesKeepsItsLocalHourAcrossTheMarchChangeAndOneOccurrenceMovesAlone() {
        BookFixture f = new BookFixture("2026-02-20T14:00:00Z", AvailabilityRules.builder(RIVERA, NEW_YORK)
                .telehealth("09:00", "17:00", java.time.DayOfWeek.TUESDAY, java.time.DayOfWeek.WEDNESDAY)
                .bookingHorizon(Duration.ofDays(14)).build());
        List<Appointment> series = f.book.bookSeries(request("client-1", ny("2026-03-03", "10:00")), Recurrence.weekly(4));

        assertThat(series).hasSize(4);
        assertThat(series).extracting(a -> a.slot().start().atZone(NEW_YORK).toLocalTime())
                .containsOnly(LocalTime.of(10, 0));
        assertThat(series).extracting(a -> a.slot().start().atZone(NEW_YORK).toLocalDate().toString())
                .containsExactly("2026-03-03", "2026-03-10", "2026-03-17", "2026-03-24");
        assertThat(Duration.between(series.get(0).slot().start(), series.get(1).slot().start()))
                .isEqualTo(Duration.ofHours(167)); // one hour less in real time: the clocks sprang forward
        String seriesId = series.get(0).seriesId().orElseThrow();
        assertThat(series).allSatisfy(a -> assertThat(a.seriesId()).contains(seriesId));
        assertThat(f.channel.delivered("appointment.series-booked")).hasSize(1);

        f.clock.set(ny("2026-03-09", "12:00"));
        Appointment moved = f.book.move(series.get(2).id(), ny("2026-03-18", "14:00"));

        assertThat(moved.seriesId()).contains(seriesId);
        List<Appointment> march = f.book.appointments(RIVERA, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));
        assertThat(march).hasSize(4);
        assertThat(march).extracting(a -> a.slot().start().atZone(NEW_YORK).toLocalDateTime().toString())
                .containsExactly("2026-03-03T10:00", "2026-03-10T10:00", "2026-03-18T14:00", "2026-03-24T10:00");
    }

    @Test
    void aSeriesIsAllOrNothing() {
        BookFixture f = new BookFixture("2026-02-20T14:00:00Z", AvailabilityRules.builder(RIVERA, NEW_YORK)
                .telehealth("09:00", "17:00", java.time.DayOfWeek.TUESDAY)
                .addTimeOff(TimeOff.allDay(LocalDate.of(2026, 3, 17))).build());
        assertThatThrownBy(() -> f.book.bookSeries(request("client-1", ny("2026-03-03", "10:00")), Recurrence.weekly(4)))
                .isInstanceOf(SlotUnavailableException.class).hasMessageContaining("occurrence 3");
        assertThat(f.book.appointments(RIVERA, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31))).isEmpty();
        assertThat(f.book.book(request("client-2", ny("2026-03-03", "10:00"))).status()).isEqualTo(AppointmentStatus.BOOKED);
    }

    @Test
    void remindersGoOutBeforeTheAppointmentOutsideQuietHoursAndNeverTwice() {
        BookFixture f = new BookFixture("2026-12-01T14:00:00Z");
        // 09:00 in New York is 07:00 in Phoenix: the 2-hour reminder (05:00) falls in the client's
        // quiet hours and the end of them (08:00) is after the start, so it goes the evening before.
        Appointment a = f.book.book(request("client-1", ny("2026-12-07", "09:00")));
        // The 48-hour reminder (Sat 07:00 in Phoenix) is in quiet hours too; it waits until 08:00 there.
        Instant fortyEight = java.time.LocalDateTime.parse("2026-12-05T08:00").atZone(BookFixture.PHOENIX).toInstant();
        Instant evenBefore = java.time.LocalDateTime.parse("2026-12-06T20:59").atZone(BookFixture.PHOENIX).toInstant();

        assertThat(f.book.due(fortyEight.minusSeconds(60))).isEmpty();
        assertThat(f.book.due(fortyEight)).extracting(e -> e.type()).containsExactly("appointment.reminder-sent");
        assertThat(f.book.due(fortyEight.plusSeconds(600))).isEmpty();
        assertThat(f.book.due(evenBefore.minusSeconds(60))).isEmpty();
        int callsBefore = f.channel.calls.get();
        // A restart: a new engine over the same store does not send it again.
        assertThat(f.newEngine().due(evenBefore)).hasSize(1);
        assertThat(f.book.due(evenBefore.plusSeconds(60))).isEmpty();
        assertThat(f.newEngine().due(ny("2026-12-07", "08:59"))).isEmpty();
        assertThat(f.channel.calls.get()).isEqualTo(callsBefore + 1);

        List<OutboundMessage> reminders = f.channel.delivered("appointment.reminder");
        assertThat(reminders).hasSize(2).allSatisfy(m -> {
            assertThat(m.body()).contains("Mon Dec 7 at 7:00 AM MST").doesNotContain("trauma", "Rivera");
            assertThat(m.clientId()).isEqualTo(a.clientId());
        });
        assertThat(reminders.get(0).idempotencyKey()).isNotEqualTo(reminders.get(1).idempotencyKey());
    }

    @Test
    void aMovedAppointmentGetsFreshRemindersAndACancelledOneNone() {
        BookFixture f = new BookFixture("2026-12-01T14:00:00Z");
        Appointment a = f.book.book(request("client-1", ny("2026-12-07", "12:00")));
        Appointment b = f.book.book(request("client-2", ny("2026-12-07", "13:00")));
        f.book.due(ny("2026-12-05", "12:00"));
        f.book.move(a.id(), ny("2026-12-08", "12:00"));
        f.book.cancel(b.id(), CancelledBy.PRACTICE);
        f.book.due(ny("2026-12-06", "12:00"));
        // One for the old time before the move, one for the new time, none for the cancelled one.
        assertThat(f.channel.delivered("appointment.reminder")).hasSize(2)
                .allSatisfy(m -> assertThat(m.clientId()).isEqualTo(a.clientId()));
    }

    @Test
    void unknownAppointmentsAreRejected() {
        BookFixture f = new BookFixture("2026-12-01T14:00:00Z");
        assertThatThrownBy(() -> f.book.cancel(AppointmentId.of("nope"), CancelledBy.CLIENT))
                .isInstanceOf(ValidationException.class);
        assertThat(f.book.appointment(AppointmentId.of("nope"))).isEmpty();
    }
}
