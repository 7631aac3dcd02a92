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
import org.practicekit.core.messaging.ClientMessage;
import org.practicekit.core.messaging.TriageOutcome;
import org.practicekit.core.model.Appointment;
import org.practicekit.core.model.ClientId;
import org.practicekit.core.model.ClinicianId;
import org.practicekit.core.model.ContactPoint;
import org.practicekit.core.model.PayerKind;
import org.practicekit.core.model.ScreeningScore;
import org.practicekit.core.model.ServiceType;
import org.practicekit.core.practice.Practice;
import org.practicekit.core.scheduling.BookingRequest;
import org.practicekit.core.scheduling.Cancellation;
import org.practicekit.core.scheduling.CancelledBy;
import org.practicekit.core.scheduling.OpenSlot;
import org.practicekit.core.scheduling.Priority;
import org.practicekit.core.scheduling.RescheduleOffer;
import org.practicekit.core.scheduling.SlotRequest;
import org.practicekit.core.scheduling.TimeWindow;
import org.practicekit.core.scheduling.WaitlistDecision;
import org.practicekit.core.scheduling.WaitlistEntry;
import org.practicekit.core.scheduling.WaitlistOffer;

/**
 * Scheduling: a cancellation refilled from the waitlist by the clients' own replies (NO, then YES), and
 * a reschedule answered with "2", every reply going through the message desk after risk triage.
 */
final class SchedulingChapter implements PracticeDay.Chapter {
    static final ZoneId PHOENIX = ZoneId.of("America/Phoenix");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE MMM d, h:mm a z", Locale.US);

    private final Map<String, String> names = new LinkedHashMap<>();
    private int texts;

    @Override
    public String title() {
        return "Scheduling and the waitlist";
    }

    @Override
    public void run(DemoPractice p) {
        Practice practice = p.practice;
        LocalDate today = p.clock.instant().atZone(DemoPractice.ZONE).toLocalDate();
        int open = practice.appointments().openSlots(ServiceType.INDIVIDUAL, today, today.plusDays(6)).size();
        p.log.step("Weekly hours are set for both clinicians in their own time zone: " + open
                + " open 53-minute sessions this week, with 7 minutes between sessions and at least 24 hours' notice.");

        Appointment taylor = practice.appointments().book(booking("client-taylor", "Taylor", p.whitfield.id(),
                DemoPractice.ZONE, at(today.plusDays(1), "10:00")));
        Appointment sam = practice.appointments().book(booking("client-sam", "Sam", p.whitfield.id(), PHOENIX,
                at(today.plusDays(2), "14:00")));
        p.log.step("On the book with Dana Whitfield: Taylor " + when(taylor.slot().start(), DemoPractice.ZONE) + " and Sam "
                + when(sam.slot().start(), DemoPractice.ZONE) + " (Sam lives in Arizona and sees "
                + when(sam.slot().start(), PHOENIX) + "). Each got a confirmation text, and the EHR has both.");

        Instant now = p.clock.instant();
        add(p, "priya", SlotRequest.builder(ClientId.of("client-priya")).payer("60054", PayerKind.COMMERCIAL)
                .newClient(true).preferDays(DayOfWeek.TUESDAY).preferWindow(TimeWindow.of("08:00", "12:00"))
                .waitingSince(now.minus(Duration.ofDays(41))).build(), null, false);
        add(p, "marcus", SlotRequest.builder(ClientId.of("client-marcus")).payer("MEDICAID-IL", PayerKind.MEDICAID)
                .newClient(true).waitingSince(now.minus(Duration.ofDays(60))).build(), null, false);
        add(p, "ava", SlotRequest.builder(ClientId.of("client-ava")).payer("87726", PayerKind.COMMERCIAL)
                .newClient(true).preferDays(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY).waitingSince(now.minus(Duration.ofDays(12)))
                .build(), new ScreeningScore(ScreeningScore.Instrument.PHQ9, List.of(2, 2, 1, 2, 1, 1, 2, 1, 0), 12,
                        "moderate"), false);
        add(p, "lena", SlotRequest.builder(ClientId.of("client-lena")).newClient(true)
                .preferWindow(TimeWindow.of("17:00", "20:00")).waitingSince(now.minus(Duration.ofDays(20))).build(), null, false);
        add(p, "tom", SlotRequest.builder(ClientId.of("client-tom")).newClient(true).build(), null, true);

        p.clock.advance(Duration.ofMinutes(10));
        Cancellation c = practice.appointments().cancel(taylor.id(), CancelledBy.CLIENT);
        Instant cancelledAt = p.clock.instant();
        p.log.step("Taylor cancels tomorrow's " + when(taylor.slot().start(), DemoPractice.ZONE) + " session"
                + (c.late() ? " inside the late-cancel window" + (c.feeEligible() ? " (a fee may apply)." : ".")
                        : ", more than 24 hours ahead: no late-cancel fee."));
        OpenSlot freed = c.freedSlot().orElseThrow();
        WaitlistOffer offer = practice.waitlist().slotFreed(freed).orElseThrow();
        p.log.step("The freed time is held and offered to the best match on the waitlist, "
                + names.get(offer.offeredTo().orElseThrow()) + ", who has until "
                + when(offer.expiresAt().orElseThrow(), DemoPractice.ZONE) + " to reply:");
        p.log.detail("\"" + PracticeDay.last(p, "waitlist.offer").body() + "\"");

        p.clock.advance(Duration.ofMinutes(20));
        String first = offer.offeredTo().orElseThrow();
        TriageOutcome no = text(p, first, "No thanks");
        offer = practice.waitlist().offer(offer.id()).orElseThrow();
        p.log.step(names.get(first) + " texts \"No thanks\": " + no.reply().map(r -> "the offer is " + r.action())
                .orElse("not matched") + " and moves on to " + names.get(offer.offeredTo().orElseThrow()) + ".");

        p.clock.advance(Duration.ofMinutes(15));
        String taker = offer.offeredTo().orElseThrow();
        TriageOutcome yes = text(p, taker, "YES");
        offer = practice.waitlist().offer(offer.id()).orElseThrow();
        Appointment filled = practice.appointments().appointment(offer.appointment().orElseThrow()).orElseThrow();
        p.log.step(names.get(taker) + " texts \"YES\" (" + (yes.keyword().isPresent() ? "read as an opt-in!"
                : "an answer to the offer, not an opt-in") + "): booked " + when(filled.slot().start(), DemoPractice.ZONE)
                + " with Dana Whitfield. The slot was empty for " + Duration.between(cancelledAt, p.clock.instant()).toMinutes()
                + " minutes; " + practice.waitlist().entries().size()
                + " clients remain on the waitlist.");

        p.clock.advance(Duration.ofMinutes(5));
        SlotRequest samWants = SlotRequest.builder(ClientId.of("client-sam")).zone(PHOENIX).preferDays(DayOfWeek.THURSDAY)
                .preferWindow(TimeWindow.of("11:00", "15:00")).build();
        RescheduleOffer r = practice.appointments().offerReschedule(sam.id(), samWants);
        p.log.step("Sam asks to move Wednesday's session. PracticeKit holds the three best times for Sam "
                + "(Thursday around midday, Arizona time) until " + when(r.expiresAt(), PHOENIX) + ":");
        for (int i = 0; i < r.options().size(); i++) {
            OpenSlot o = r.options().get(i);
            p.log.detail((i + 1) + ") " + when(o.time().start(), PHOENIX) + " for Sam (" + when(o.time().start(), DemoPractice.ZONE)
                    + " at the practice)");
        }
        p.clock.advance(Duration.ofMinutes(30));
        TriageOutcome two = text(p, "sam", "2");
        Appointment moved = practice.appointments().appointment(sam.id()).orElseThrow();
        p.log.step("Sam texts \"2\" (" + two.reply().map(x -> x.action()).orElse("not matched") + "): moved to "
                + when(moved.slot().start(), PHOENIX) + ". The other two held times are open again for anyone.");
        p.log.step("Reminders go out 48 and 2 hours before each session, outside 9 PM-8 AM in the client's own zone."
                + " Scheduling texts in the outbox: " + p.outbox.messages().stream().filter(m -> m.purpose()
                        .startsWith("appointment.") || m.purpose().startsWith("waitlist.")).count()
                + " (no diagnosis or specialty in any of them).");
    }

    private TriageOutcome text(DemoPractice p, String who, String body) {
        String[] known = OpeningChapter.KNOWN_CLIENTS.stream().filter(c -> c[0].equals("client-" + who)).findFirst()
                .orElseThrow();
        return p.practice.messages().receive(ClientMessage.builder().id("sms-3" + (++texts)).clientId(ClientId.of(known[0]))
                .text(body).receivedAt(p.clock.instant()).from(ContactPoint.mobile(known[3])).build());
    }

    private void add(DemoPractice p, String id, SlotRequest request, ScreeningScore score, boolean acute) {
        String[] known = OpeningChapter.KNOWN_CLIENTS.stream().filter(c -> c[0].equals("client-" + id)).findFirst()
                .orElseThrow();
        names.put(id, known[1]);
        WaitlistEntry.Builder b = WaitlistEntry.builder(id, request, ContactPoint.mobile(known[3])).preferredName(known[1])
                .acuteRisk(acute);
        if (score != null) {
            b.addScreening(score);
        }
        WaitlistDecision d = p.practice.waitlist().add(b.build());
        if (d.outcome() == WaitlistDecision.Outcome.ESCALATED) {
            p.log.step(known[1] + " asks for an appointment but intake flagged acute risk: not put on the waitlist; "
                    + "a clinician is paged now.");
        } else {
            p.log.step(known[1] + " joins the waitlist" + (d.priority() != Priority.ROUTINE
                    ? " with " + d.priority().name().toLowerCase(Locale.ROOT) + " priority (screening score)" : "") + ".");
        }
    }

    private static BookingRequest booking(String client, String name, ClinicianId clinician, ZoneId zone, Instant start) {
        String[] known = OpeningChapter.KNOWN_CLIENTS.stream().filter(c -> c[0].equals(client)).findFirst().orElseThrow();
        return BookingRequest.builder().clientId(ClientId.of(client)).contact(ContactPoint.mobile(known[3]))
                .preferredName(name).clientZone(zone).clinicianId(clinician).start(start).payerKind(PayerKind.COMMERCIAL)
                .build();
    }

    private static Instant at(LocalDate date, String time) {
        return date.atTime(java.time.LocalTime.parse(time)).atZone(DemoPractice.ZONE).toInstant();
    }

    private static String when(Instant t, ZoneId zone) {
        return WHEN.format(t.atZone(zone));
    }
}
