package org.practicekit.examples;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.practicekit.core.event.WorkflowEvent;
import org.practicekit.core.model.Appointment;
import org.practicekit.core.model.ClientId;
import org.practicekit.core.model.ContactPoint;
import org.practicekit.core.model.PayerKind;
import org.practicekit.core.model.ScreeningScore;
import org.practicekit.core.model.ServiceType;
import org.practicekit.core.scheduling.AppointmentBook;
import org.practicekit.core.scheduling.BookingRequest;
import org.practicekit.core.scheduling.Cancellation;
import org.practicekit.core.scheduling.CancelledBy;
import org.practicekit.core.scheduling.OpenSlot;
import org.practicekit.core.scheduling.Priority;
import org.practicekit.core.scheduling.RescheduleOffer;
import org.practicekit.core.scheduling.SlotMatcher;
import org.practicekit.core.scheduling.SlotRequest;
import org.practicekit.core.scheduling.TimeWindow;
import org.practicekit.core.scheduling.Waitlist;
import org.practicekit.core.scheduling.WaitlistDecision;
import org.practicekit.core.scheduling.WaitlistEntry;
import org.practicekit.core.scheduling.WaitlistOffer;

/** Scheduling: a cancellation refilled from the waitlist, and a reschedule offering three held times. */
final class SchedulingChapter implements PracticeDay.Chapter {
    private static final ZoneId PHOENIX = ZoneId.of("America/Phoenix");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE MMM d, h:mm a z", Locale.US);

    private final Map<String, String> names = new LinkedHashMap<>();

    @Override
    public String title() {
        return "Scheduling and the waitlist";
    }

    @Override
    public void run(Practice p) {
        // The book and the matcher are the practice's own: intake confirms first appointments in the same book.
        AppointmentBook book = p.book;
        SlotMatcher matcher = p.matcher;
        Waitlist waitlist = Waitlist.builder(book, matcher).offerHold(Duration.ofHours(2)).build();

        LocalDate today = p.clock.instant().atZone(Practice.ZONE).toLocalDate();
        int open = book.openSlots(ServiceType.INDIVIDUAL, today, today.plusDays(6)).size();
        p.log.step("Weekly hours are set for both clinicians in their own time zone: " + open
                + " open 53-minute sessions this week, with 7 minutes between sessions and at least 24 hours' notice.");

        Appointment jordan = book.book(booking("client-jordan", p.whitfield.id().value(), Practice.ZONE,
                at(today.plusDays(1), "10:00")));
        Appointment sam = book.book(booking("client-sam", p.whitfield.id().value(), PHOENIX, at(today.plusDays(2), "14:00")));
        p.log.step("On the book with Dana Whitfield: Jordan " + when(jordan.slot().start(), Practice.ZONE) + " and Sam "
                + when(sam.slot().start(), Practice.ZONE) + " (Sam lives in Arizona and sees "
                + when(sam.slot().start(), PHOENIX) + "). Each got a confirmation text.");

        Instant now = p.clock.instant();
        add(p, waitlist, "priya", "Priya", SlotRequest.builder(ClientId.of("client-priya")).payer("60054", PayerKind.COMMERCIAL)
                .newClient(true).preferDays(DayOfWeek.TUESDAY).preferWindow(TimeWindow.of("08:00", "12:00"))
                .waitingSince(now.minus(Duration.ofDays(41))).build(), null, false);
        add(p, waitlist, "marcus", "Marcus", SlotRequest.builder(ClientId.of("client-marcus"))
                .payer("MEDICAID-IL", PayerKind.MEDICAID).newClient(true).waitingSince(now.minus(Duration.ofDays(60))).build(),
                null, false);
        add(p, waitlist, "ava", "Ava", SlotRequest.builder(ClientId.of("client-ava")).payer("87726", PayerKind.COMMERCIAL)
                .newClient(true).preferDays(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY).waitingSince(now.minus(Duration.ofDays(12)))
                .build(), new ScreeningScore(ScreeningScore.Instrument.PHQ9, List.of(2, 2, 1, 2, 1, 1, 2, 1, 0), 12,
                        "moderate"), false);
        add(p, waitlist, "lena", "Lena", SlotRequest.builder(ClientId.of("client-lena")).newClient(true)
                .preferWindow(TimeWindow.of("17:00", "20:00")).waitingSince(now.minus(Duration.ofDays(20))).build(), null, false);
        add(p, waitlist, "tom", "Tom", SlotRequest.builder(ClientId.of("client-tom")).newClient(true).build(), null, true);

        p.clock.advance(Duration.ofMinutes(10));
        Cancellation c = book.cancel(jordan.id(), CancelledBy.CLIENT);
        Instant cancelledAt = p.clock.instant();
        p.log.step("Jordan cancels tomorrow's " + when(jordan.slot().start(), Practice.ZONE) + " session"
                + (c.late() ? " inside the late-cancel window" + (c.feeEligible() ? " (a fee may apply)." : ".")
                        : ", more than 24 hours ahead: no late-cancel fee."));
        OpenSlot freed = c.freedSlot().orElseThrow();
        WaitlistOffer offer = waitlist.slotFreed(freed).orElseThrow();
        p.log.step("The freed time is held and offered to the best match on the waitlist, "
                + names.get(offer.offeredTo().orElseThrow()) + ", who has until "
                + when(offer.expiresAt().orElseThrow(), Practice.ZONE) + " to reply.");

        p.clock.advance(Duration.ofMinutes(20));
        String first = offer.offeredTo().orElseThrow();
        offer = waitlist.decline(offer.id());
        p.log.step(names.get(first) + " replies NO; the offer moves on to " + names.get(offer.offeredTo().orElseThrow()) + ".");

        p.clock.advance(Duration.ofMinutes(15));
        String taker = offer.offeredTo().orElseThrow();
        offer = waitlist.accept(offer.id(), ClientId.of("client-" + taker));
        Appointment filled = book.appointment(offer.appointment().orElseThrow()).orElseThrow();
        p.log.step(names.get(taker) + " replies YES: booked " + when(filled.slot().start(), Practice.ZONE)
                + " with Dana Whitfield. The slot was empty for "
                + Duration.between(cancelledAt, p.clock.instant()).toMinutes() + " minutes; " + waitlist.entries().size()
                + " clients remain on the waitlist.");

        p.clock.advance(Duration.ofMinutes(5));
        SlotRequest samWants = SlotRequest.builder(ClientId.of("client-sam")).zone(PHOENIX).preferDays(DayOfWeek.THURSDAY)
                .preferWindow(TimeWindow.of("11:00", "15:00")).build();
        RescheduleOffer r = book.offerReschedule(sam.id(), samWants);
        p.log.step("Sam asks to move Wednesday's session. PracticeKit holds the three best times for Sam "
                + "(Thursday around midday, Arizona time) until " + when(r.expiresAt(), PHOENIX) + ":");
        for (int i = 0; i < r.options().size(); i++) {
            OpenSlot o = r.options().get(i);
            p.log.detail((i + 1) + ") " + when(o.time().start(), PHOENIX) + " for Sam (" + when(o.time().start(), Practice.ZONE)
                    + " at the practice)");
        }
        p.clock.advance(Duration.ofMinutes(30));
        Appointment moved = book.acceptReschedule(r.id(), 1);
        p.log.step("Sam picks option 2: moved to " + when(moved.slot().start(), PHOENIX)
                + ". The other two held times are open again for anyone.");

        List<WorkflowEvent> due = book.due(p.clock.instant());
        due.addAll(waitlist.due(p.clock.instant()));
        p.log.step("Reminders go out 48 and 2 hours before each session, outside 9 PM-8 AM in the client's own zone; "
                + "due right now: " + due.size() + ". Scheduling texts in the outbox: "
                + p.outbox.messages().stream().filter(m -> m.purpose().startsWith("appointment.")
                        || m.purpose().startsWith("waitlist.")).count() + " (no diagnosis or specialty in any of them).");
    }

    private void add(Practice p, Waitlist waitlist, String id, String name, SlotRequest request, ScreeningScore score,
            boolean acute) {
        names.put(id, name);
        WaitlistEntry.Builder b = WaitlistEntry.builder(id, request, ContactPoint.mobile("+1217555" + (1000 + names.size())))
                .acuteRisk(acute);
        if (score != null) {
            b.addScreening(score);
        }
        WaitlistDecision d = waitlist.add(b.build());
        if (d.outcome() == WaitlistDecision.Outcome.ESCALATED) {
            p.log.step(name + " asks for an appointment but intake flagged acute risk: not put on the waitlist; "
                    + "a clinician is paged now.");
        } else {
            p.log.step(name + " joins the waitlist" + (d.priority() != Priority.ROUTINE
                    ? " with " + d.priority().name().toLowerCase(Locale.ROOT) + " priority (screening score)" : "") + ".");
        }
    }

    private static BookingRequest booking(String client, String clinician, ZoneId zone, Instant start) {
        return BookingRequest.builder().clientId(ClientId.of(client)).contact(ContactPoint.mobile("+12175550142"))
                .clientZone(zone).clinicianId(org.practicekit.core.model.ClinicianId.of(clinician)).start(start)
                .payerKind(PayerKind.COMMERCIAL).build();
    }

    private static Instant at(LocalDate date, String time) {
        return date.atTime(java.time.LocalTime.parse(time)).atZone(Practice.ZONE).toInstant();
    }

    private static String when(Instant t, ZoneId zone) {
        return WHEN.format(t.atZone(zone));
    }
}
