package org.practicekit.core.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.practicekit.core.scheduling.BookFixture.RIVERA;
import static org.practicekit.core.scheduling.BookFixture.ny;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.practicekit.core.ValidationException;
import org.practicekit.core.model.Appointment;
import org.practicekit.core.model.AppointmentStatus;
import org.practicekit.core.model.ClientId;
import org.practicekit.core.model.ContactPoint;
import org.practicekit.core.model.Modality;
import org.practicekit.core.model.PayerKind;
import org.practicekit.core.model.ScreeningScore;
import org.practicekit.core.spi.Escalation;
import org.practicekit.core.spi.OutboundMessage;

class WaitlistTest {
    static final ZoneId[] ZONES = {ZoneId.of("America/New_York"), ZoneId.of("America/Phoenix"),
            ZoneId.of("America/Chicago"), ZoneId.of("America/Los_Angeles")};
    static final String[] PAYERS = {"60054", "MEDICAID-NY", "MEDICARE", "87726", "99999"};

    static Waitlist waitlist(BookFixture f) {
        return Waitlist.builder(f.book, f.matcher())
                .offerHold(Duration.ofHours(1)).minimumLead(Duration.ofHours(2)).build();
    }

    /** The holder of an offer to one of {@link #fiftyClients} says yes. */
    static WaitlistOffer acceptByHolder(Waitlist waitlist, WaitlistOffer offer) {
        return waitlist.accept(offer.id(), ClientId.of(offer.offeredTo().orElseThrow().replace("entry-", "wl-client-")));
    }

    static List<WaitlistEntry> fiftyClients(Instant now) {
        Random rnd = new Random(2026);
        List<WaitlistEntry> out = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            SlotRequest.Builder r = SlotRequest.builder(ClientId.of("wl-client-" + i)).zone(ZONES[rnd.nextInt(ZONES.length)])
                    .newClient(true).waitingSince(now.minus(Duration.ofDays(rnd.nextInt(90))))
                    .priority(rnd.nextInt(5) == 0 ? Priority.ELEVATED : Priority.ROUTINE);
            int p = rnd.nextInt(PAYERS.length + 1);
            if (p < PAYERS.length) {
                r.payer(PAYERS[p], p == 1 ? PayerKind.MEDICAID : p == 2 ? PayerKind.MEDICARE : PayerKind.COMMERCIAL);
            }
            if (rnd.nextInt(4) == 0) {
                r.modalities(EnumSet.of(Modality.IN_PERSON));
            }
            if (rnd.nextBoolean()) {
                r.preferDays(DayOfWeek.of(1 + rnd.nextInt(5)));
            }
            if (rnd.nextBoolean()) {
                r.preferWindow(rnd.nextBoolean() ? TimeWindow.of("06:00", "12:00") : TimeWindow.of("12:00", "18:00"));
            }
            out.add(WaitlistEntry.builder("entry-" + i, r.build(), ContactPoint.mobile("+1520555" + String.format("%04d", i)))
                    .build());
        }
        return out;
    }

    @Test
    void cancellationAt21ForTomorrow10IsFilledFromAWaitlistOf50AfterTwoDeclinesAndOneExpiry() {
        BookFixture f = new BookFixture("2026-11-20T15:00:00Z");
        Appointment regular = f.book.book(BookFixture.request("regular", ny("2026-12-02", "10:00")));
        Waitlist waitlist = waitlist(f);
        f.clock.set(ny("2026-11-30", "12:00"));
        fiftyClients(f.clock.instant()).forEach(waitlist::add);
        assertThat(waitlist.entries()).hasSize(50);

        f.clock.set(ny("2026-12-01", "21:00"));
        Cancellation c = f.book.cancel(regular.id(), CancelledBy.CLIENT);
        OpenSlot freed = c.freedSlot().orElseThrow();
        // The expected order, worked out from the matcher's weights over every fitting listed client.
        SlotMatcher matcher = SlotMatcher.builder(f.clock).addClinician(f.rivera).build();
        List<WaitlistEntry> expected = waitlist.entries().stream()
                .filter(e -> matcher.weight(e.request(), freed).isPresent())
                .sorted(Comparator.comparing((WaitlistEntry e) -> -matcher.weight(e.request(), freed).orElseThrow())
                        .thenComparing(e -> e.request().waitingSince().orElseThrow()))
                .toList();
        assertThat(expected.size()).isGreaterThan(4).isLessThan(50);

        WaitlistOffer offer = waitlist.slotFreed(freed).orElseThrow();
        assertThat(offer.offeredTo()).contains(expected.get(0).id());
        assertThat(offer.expiresAt()).contains(ny("2026-12-01", "22:00"));
        assertThatThrownBy(() -> f.newEngine().book(BookFixture.request("walk-in", freed.time().start())))
                .as("held for the waitlist").isInstanceOf(SlotUnavailableException.class);

        f.clock.set(ny("2026-12-01", "21:10"));
        offer = waitlist.decline(offer.id());
        assertThat(offer.offeredTo()).contains(expected.get(1).id());
        f.clock.set(ny("2026-12-01", "21:20"));
        offer = waitlist.decline(offer.id());
        assertThat(offer.offeredTo()).contains(expected.get(2).id());
        assertThat(offer.expiresAt()).contains(ny("2026-12-01", "22:20"));

        assertThat(waitlist.due(ny("2026-12-01", "22:19"))).isEmpty();
        f.clock.set(ny("2026-12-01", "22:20"));
        assertThat(waitlist.due(f.clock.instant())).extracting(e -> e.type())
                .containsExactly("waitlist.offer-expired", "waitlist.offered");
        offer = waitlist.offer(offer.id()).orElseThrow();
        assertThat(offer.offeredTo()).contains(expected.get(3).id());

        f.clock.set(ny("2026-12-01", "22:30"));
        offer = waitlist.accept(offer.id(), expected.get(3).request().clientId());

        assertThat(offer.status()).isEqualTo(WaitlistOffer.Status.FILLED);
        assertThat(offer.declined()).containsExactly(expected.get(0).id(), expected.get(1).id());
        assertThat(offer.expired()).containsExactly(expected.get(2).id());
        Appointment filled = f.book.appointment(offer.appointment().orElseThrow()).orElseThrow();
        assertThat(filled.clientId()).isEqualTo(expected.get(3).request().clientId());
        assertThat(filled.slot()).isEqualTo(freed.time());
        assertThat(filled.status()).isEqualTo(AppointmentStatus.BOOKED);
        assertThat(waitlist.entries()).hasSize(49).noneMatch(e -> e.id().equals(expected.get(3).id()));
        assertThat(f.book.appointments(RIVERA, LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 2)))
                .filteredOn(a -> a.status().holdsTime()).containsExactly(filled);

        List<OutboundMessage> offers = f.channel.delivered("waitlist.offer");
        assertThat(offers).extracting(m -> m.clientId().value()).containsExactly(
                expected.get(0).request().clientId().value(), expected.get(1).request().clientId().value(),
                expected.get(2).request().clientId().value(), expected.get(3).request().clientId().value());
        assertThat(offers).allSatisfy(m -> assertThat(m.body()).contains("Reply YES").doesNotContain("Rivera", "trauma"));
        assertThat(waitlist.due(ny("2026-12-02", "09:00"))).isEmpty();
    }

    @Test
    void anAcuteRiskClientIsEscalatedAtOnceAndNeverListed() {
        BookFixture f = new BookFixture("2026-12-01T14:00:00Z");
        Waitlist waitlist = waitlist(f);
        ScreeningScore itemNine = new ScreeningScore(ScreeningScore.Instrument.PHQ9, List.of(1, 1, 1, 1, 0, 0, 0, 0, 1), 5,
                "mild");
        WaitlistEntry entry = WaitlistEntry.builder("e-risk", SlotRequest.builder(ClientId.of("c-risk")).build(),
                ContactPoint.mobile("+15205550199")).addScreening(itemNine).build();

        WaitlistDecision d = waitlist.add(entry);

        assertThat(d.outcome()).isEqualTo(WaitlistDecision.Outcome.ESCALATED);
        assertThat(waitlist.entries()).isEmpty();
        assertThat(f.staff.pending()).singleElement().satisfies(e -> {
            assertThat(e.urgency()).isEqualTo(Escalation.Urgency.IMMEDIATE);
            assertThat(e.clientId()).contains(ClientId.of("c-risk"));
        });
        WaitlistEntry flagged = WaitlistEntry.builder("e-flag", SlotRequest.builder(ClientId.of("c-flag")).build(),
                ContactPoint.mobile("+15205550198")).acuteRisk(true).build();
        assertThat(waitlist.add(flagged).outcome()).isEqualTo(WaitlistDecision.Outcome.ESCALATED);
        assertThat(waitlist.entries()).isEmpty();
    }

    @Test
    void screeningRaisesPriority() {
        BookFixture f = new BookFixture("2026-12-01T14:00:00Z");
        Waitlist waitlist = waitlist(f);
        ScreeningScore moderate = new ScreeningScore(ScreeningScore.Instrument.PHQ9, List.of(2, 2, 2, 1, 1, 2, 1, 1, 0), 12,
                "moderate");
        WaitlistDecision d = waitlist.add(WaitlistEntry.builder("e1", SlotRequest.builder(ClientId.of("c1")).build(),
                ContactPoint.mobile("+15205550101")).addScreening(moderate).build());
        assertThat(d.outcome()).isEqualTo(WaitlistDecision.Outcome.LISTED);
        assertThat(d.priority()).isEqualTo(Priority.ELEVATED);
        assertThat(waitlist.entries()).singleElement().satisfies(e -> {
            assertThat(e.request().priority()).isEqualTo(Priority.ELEVATED);
            assertThat(e.request().waitingSince()).contains(f.clock.instant());
        });
    }

    @Test
    void theCascadeStopsWhenTheSlotIsTooCloseAndReleasesTheHold() {
        BookFixture f = new BookFixture("2026-11-20T15:00:00Z");
        Appointment regular = f.book.book(BookFixture.request("regular", ny("2026-12-02", "10:00")));
        Waitlist waitlist = waitlist(f);
        fiftyClients(f.clock.instant()).subList(0, 10).forEach(waitlist::add);

        f.clock.set(ny("2026-12-02", "08:30"));
        OpenSlot late = f.book.cancel(regular.id(), CancelledBy.CLIENT).freedSlot().orElseThrow();
        assertThat(waitlist.slotFreed(late)).as("within the minimum lead: not offered").isEmpty();

        Appointment another = f.book.book(BookFixture.request("regular-2", ny("2026-12-07", "10:00")));
        f.clock.set(ny("2026-12-06", "23:00"));
        OpenSlot freed = f.book.cancel(another.id(), CancelledBy.CLIENT).freedSlot().orElseThrow();
        WaitlistOffer offer = waitlist.slotFreed(freed).orElseThrow();
        // Offers go out hourly until 08:00, the last moment before the two-hour lead; then it stops.
        for (Instant t = ny("2026-12-07", "00:00"); !t.isAfter(ny("2026-12-07", "08:00")); t = t.plus(Duration.ofHours(1))) {
            f.clock.set(t);
            waitlist.due(t);
        }
        WaitlistOffer ended = waitlist.offer(offer.id()).orElseThrow();
        assertThat(ended.status()).isEqualTo(WaitlistOffer.Status.UNFILLED);
        assertThat(ended.expired()).hasSizeBetween(1, 10);
        assertThat(f.book.hold(freed, "staff", freed.time().start(), AppointmentBook.Mode.RELAXED))
                .as("hold released").isTrue();
        assertThatThrownBy(() -> waitlist.accept(ended.id(), ClientId.of("wl-client-0"))).isInstanceOf(ValidationException.class);
    }

    @Test
    void aFreedSlotIsOfferedOnceEvenFromTwoEngines() {
        BookFixture f = new BookFixture("2026-11-20T15:00:00Z");
        Appointment regular = f.book.book(BookFixture.request("regular", ny("2026-12-02", "10:00")));
        Waitlist one = waitlist(f);
        fiftyClients(f.clock.instant()).subList(0, 5).forEach(one::add);
        Waitlist two = Waitlist.builder(f.newEngine(), SlotMatcher.builder(f.clock).addClinician(f.rivera).build()).build();
        f.clock.set(ny("2026-12-01", "12:00"));
        OpenSlot freed = f.book.cancel(regular.id(), CancelledBy.PRACTICE).freedSlot().orElseThrow();

        WaitlistOffer a = one.slotFreed(freed).orElseThrow();
        WaitlistOffer b = two.slotFreed(freed).orElseThrow();

        assertThat(b).isEqualTo(a);
        assertThat(f.channel.delivered("waitlist.offer")).hasSize(1);
    }

    @Test
    void aSlotFreedAgainAfterBeingFilledIsOfferedAndBookedAgain() {
        BookFixture f = new BookFixture("2026-11-20T15:00:00Z");
        Appointment regular = f.book.book(BookFixture.request("regular", ny("2026-12-03", "10:00")));
        Waitlist waitlist = waitlist(f);
        fiftyClients(f.clock.instant()).subList(0, 20).forEach(waitlist::add);
        f.clock.set(ny("2026-12-01", "12:00"));
        OpenSlot freed = f.book.cancel(regular.id(), CancelledBy.CLIENT).freedSlot().orElseThrow();
        WaitlistOffer first = acceptByHolder(waitlist, waitlist.slotFreed(freed).orElseThrow());
        Appointment firstBooking = f.book.appointment(first.appointment().orElseThrow()).orElseThrow();

        f.clock.set(ny("2026-12-01", "13:00"));
        OpenSlot again = f.book.cancel(firstBooking.id(), CancelledBy.CLIENT).freedSlot().orElseThrow();
        WaitlistOffer second = acceptByHolder(waitlist, waitlist.slotFreed(again).orElseThrow());

        Appointment secondBooking = f.book.appointment(second.appointment().orElseThrow()).orElseThrow();
        assertThat(secondBooking.id()).isNotEqualTo(firstBooking.id());
        assertThat(secondBooking.clientId()).isNotEqualTo(firstBooking.clientId());
        assertThat(secondBooking.status()).isEqualTo(AppointmentStatus.BOOKED);
        assertThat(f.book.appointments(RIVERA, LocalDate.of(2026, 12, 3), LocalDate.of(2026, 12, 3)))
                .filteredOn(a -> a.status().holdsTime()).containsExactly(secondBooking);
    }

    @Test
    void proposeAssignmentPairsTheWholeWaitlistOptimally() {
        BookFixture f = new BookFixture("2026-11-20T15:00:00Z");
        Waitlist waitlist = waitlist(f);
        fiftyClients(f.clock.instant()).forEach(waitlist::add);
        List<OpenSlot> week = f.book.openSlots(RIVERA, org.practicekit.core.model.ServiceType.INDIVIDUAL,
                LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 8));
        Assignment a = waitlist.proposeAssignment(week);
        assertThat(a.matches()).hasSize(week.size());
        assertThat(a.matches()).extracting(m -> m.slot().key()).doesNotHaveDuplicates();
    }

    private static WaitlistEntry listed(String client, Priority priority, Instant waitingSince) {
        return WaitlistEntry.builder("entry-" + client, SlotRequest.builder(ClientId.of(client)).newClient(true)
                .priority(priority).waitingSince(waitingSince).build(), ContactPoint.mobile("+1520555" + (1000
                + Math.abs(client.hashCode() % 9000)))).build();
    }

    @Test
    void twoCliniciansFreeingTheSameHourNeverOfferBothToOneClientAndNoAcceptanceDoubleBooksThem() {
        BookFixture f = BookFixture.twoClinicians("2026-11-20T15:00:00Z");
        Appointment withRivera = f.book.book(BookFixture.request("regular-a", ny("2026-12-02", "10:00")));
        Appointment withOkafor = f.book.book(BookFixture.request("regular-b", ny("2026-12-02", "10:00")).toBuilder()
                .clinicianId(BookFixture.OKAFOR).build());
        Waitlist waitlist = waitlist(f);
        Instant now = f.clock.instant();
        waitlist.add(listed("priya", Priority.URGENT, now.minus(Duration.ofDays(40))));
        waitlist.add(listed("quinn", Priority.ROUTINE, now.minus(Duration.ofDays(10))));

        f.clock.set(ny("2026-12-01", "12:00"));
        WaitlistOffer a = waitlist.slotFreed(f.book.cancel(withRivera.id(), CancelledBy.CLIENT).freedSlot().orElseThrow())
                .orElseThrow();
        WaitlistOffer b = waitlist.slotFreed(f.book.cancel(withOkafor.id(), CancelledBy.CLIENT).freedSlot().orElseThrow())
                .orElseThrow();

        // Priya fits both best, but holds the first: the second goes to Quinn.
        assertThat(a.offeredTo()).contains("entry-priya");
        assertThat(b.offeredTo()).contains("entry-quinn");
        assertThat(f.channel.delivered("waitlist.offer")).extracting(m -> m.clientId().value())
                .containsExactly("priya", "quinn");

        assertThat(waitlist.accept(a.id(), ClientId.of("priya")).status()).isEqualTo(WaitlistOffer.Status.FILLED);
        assertThatThrownBy(() -> waitlist.accept(b.id(), ClientId.of("priya")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.hasProblemAt("client")).isTrue());
        assertThat(waitlist.accept(b.id(), ClientId.of("quinn")).status()).isEqualTo(WaitlistOffer.Status.FILLED);

        List<Appointment> wednesday = new ArrayList<>();
        for (var clinician : List.of(RIVERA, BookFixture.OKAFOR)) {
            wednesday.addAll(f.book.appointments(clinician, LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 2)).stream()
                    .filter(x -> x.status().holdsTime()).toList());
        }
        assertThat(wednesday).extracting(x -> x.clientId().value()).containsExactlyInAnyOrder("priya", "quinn");
    }

    @Test
    void aClientAlreadyBookedAtThatHourCannotAcceptAnOverlappingOfferAndStaysListed() {
        BookFixture f = BookFixture.twoClinicians("2026-11-20T15:00:00Z");
        Appointment withRivera = f.book.book(BookFixture.request("regular-a", ny("2026-12-03", "10:00")));
        Waitlist waitlist = waitlist(f);
        waitlist.add(listed("priya", Priority.ROUTINE, f.clock.instant()));
        f.clock.set(ny("2026-12-01", "12:00"));
        WaitlistOffer offer = waitlist.slotFreed(f.book.cancel(withRivera.id(), CancelledBy.CLIENT).freedSlot()
                .orElseThrow()).orElseThrow();
        assertThat(offer.offeredTo()).contains("entry-priya");
        // Meanwhile the front desk books Priya with Okafor at the same hour.
        f.book.book(BookFixture.request("priya", ny("2026-12-03", "10:00")).toBuilder().clinicianId(BookFixture.OKAFOR)
                .build());

        assertThatThrownBy(() -> waitlist.accept(offer.id(), ClientId.of("priya")))
                .isInstanceOf(SlotUnavailableException.class).hasMessageContaining("already has an appointment");
        assertThat(waitlist.offer(offer.id()).orElseThrow().status()).isEqualTo(WaitlistOffer.Status.OFFERED);
        assertThat(waitlist.entries()).extracting(WaitlistEntry::id).containsExactly("entry-priya");
        assertThat(f.book.appointments(RIVERA, LocalDate.of(2026, 12, 3), LocalDate.of(2026, 12, 3)))
                .noneMatch(x -> x.status().holdsTime());
    }

    @Test
    void aLateYesFromTheClientWhoseOfferExpiredBooksNobodyAndTheNextClientsYesBooksThem() {
        BookFixture f = new BookFixture("2026-11-20T15:00:00Z");
        Appointment regular = f.book.book(BookFixture.request("regular", ny("2026-12-02", "10:00")));
        Waitlist waitlist = waitlist(f);
        waitlist.add(listed("priya", Priority.URGENT, f.clock.instant()));
        waitlist.add(listed("quinn", Priority.ROUTINE, f.clock.instant()));
        f.clock.set(ny("2026-12-01", "12:00"));
        WaitlistOffer offer = waitlist.slotFreed(f.book.cancel(regular.id(), CancelledBy.CLIENT).freedSlot().orElseThrow())
                .orElseThrow();
        assertThat(offer.offeredTo()).contains("entry-priya");

        f.clock.set(ny("2026-12-01", "13:00")); // Priya's hour is up
        waitlist.due(f.clock.instant());
        assertThat(waitlist.offer(offer.id()).orElseThrow().offeredTo()).contains("entry-quinn");
        f.clock.set(ny("2026-12-01", "13:05"));
        assertThatThrownBy(() -> waitlist.accept(offer.id(), ClientId.of("priya")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.hasProblemAt("client")).isTrue());
        assertThat(waitlist.accept(offer.id(), ClientId.of("quinn")).status()).isEqualTo(WaitlistOffer.Status.FILLED);

        assertThat(f.book.appointments(RIVERA, LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 2)))
                .filteredOn(x -> x.status().holdsTime()).extracting(x -> x.clientId().value()).containsExactly("quinn");
        assertThat(waitlist.entries()).extracting(WaitlistEntry::id).containsExactly("entry-priya");
    }

    @Test
    void offersNameThePracticeGreetTheClientAndSayHowToOptOut() {
        BookFixture f = new BookFixture("2026-11-20T15:00:00Z");
        Appointment regular = f.book.book(BookFixture.request("regular", ny("2026-12-02", "10:00")));
        Waitlist waitlist = waitlist(f);
        waitlist.add(WaitlistEntry.builder("entry-sam", SlotRequest.builder(ClientId.of("sam")).newClient(true).build(),
                ContactPoint.mobile("+15205550142")).preferredName("Sam").build());
        f.clock.set(ny("2026-12-01", "12:00"));
        waitlist.slotFreed(f.book.cancel(regular.id(), CancelledBy.CLIENT).freedSlot().orElseThrow());
        assertThat(f.channel.delivered("waitlist.offer")).singleElement().satisfies(m -> assertThat(m.body())
                .startsWith("Riverside Counseling: Hi Sam. A time opened for you: Wed Dec 2 at 10:00 AM EST")
                .endsWith("Reply STOP to opt out."));
    }
}
