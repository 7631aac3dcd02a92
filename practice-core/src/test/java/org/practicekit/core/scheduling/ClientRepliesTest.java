package org.practicekit.core.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practicekit.core.scheduling.BookFixture.RIVERA;
import static org.practicekit.core.scheduling.BookFixture.ny;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.practicekit.core.messaging.AppliedReply;
import org.practicekit.core.messaging.ClientMessage;
import org.practicekit.core.messaging.ClientMessageDesk;
import org.practicekit.core.messaging.InMemoryInbox;
import org.practicekit.core.messaging.MessageIntent;
import org.practicekit.core.messaging.TriageOutcome;
import org.practicekit.core.messaging.outreach.ContactKeyword;
import org.practicekit.core.messaging.outreach.ContactPreferences;
import org.practicekit.core.model.Appointment;
import org.practicekit.core.model.AppointmentStatus;
import org.practicekit.core.model.ClientId;
import org.practicekit.core.model.ContactPoint;

/**
 * Client texts that answer what the book and the waitlist asked, through the message desk: risk first,
 * then the answer applied to the question that client holds, then keywords and routing.
 */
class ClientRepliesTest {
    private final BookFixture f = new BookFixture("2026-11-20T15:00:00Z");
    private final Waitlist waitlist = WaitlistTest.waitlist(f);
    private final InMemoryInbox staffInbox = new InMemoryInbox();
    private final InMemoryInbox schedulingInbox = new InMemoryInbox();
    private final ContactPreferences preferences = new ContactPreferences(f.store);
    private final ClientMessageDesk desk = ClientMessageDesk.builder().escalation(f.staff).channel(f.channel).audit(f.audit)
            .clock(f.clock).preferences(preferences).replies(AppointmentReplies.of(f.book, waitlist))
            .inbox(MessageIntent.SCHEDULING, schedulingInbox).staffInbox(staffInbox).build();
    private int messages;

    private static ContactPoint phoneOf(String client) {
        return ContactPoint.mobile("+1520555" + (1000 + Math.abs(client.hashCode() % 9000)));
    }

    private WaitlistEntry listed(String client, Priority priority) {
        return WaitlistEntry.builder("entry-" + client, SlotRequest.builder(ClientId.of(client)).newClient(true)
                .priority(priority).waitingSince(f.clock.instant()).build(), phoneOf(client)).preferredName(client).build();
    }

    private TriageOutcome text(String client, String body) {
        return text(client, phoneOf(client), body);
    }

    private TriageOutcome text(String client, ContactPoint from, String body) {
        return desk.receive(ClientMessage.builder().id("sms-" + (++messages)).clientId(ClientId.of(client)).text(body)
                .receivedAt(f.clock.instant()).from(from).build());
    }

    /** Priya (urgent) and Quinn listed; a Wednesday 10:00 session cancelled Tuesday noon and offered to Priya. */
    private WaitlistOffer freedAndOffered() {
        Appointment regular = f.book.book(BookFixture.request("regular", ny("2026-12-02", "10:00")));
        waitlist.add(listed("priya", Priority.URGENT));
        waitlist.add(listed("quinn", Priority.ROUTINE));
        f.clock.set(ny("2026-12-01", "12:00"));
        return waitlist.slotFreed(f.book.cancel(regular.id(), CancelledBy.CLIENT).freedSlot().orElseThrow()).orElseThrow();
    }

    private List<Appointment> wednesday() {
        return f.book.appointments(RIVERA, LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 2)).stream()
                .filter(a -> a.status().holdsTime()).toList();
    }

    @Test
    void yesToAnOpenOfferBooksTheClientAndIsNotTakenForAnOptIn() {
        WaitlistOffer offer = freedAndOffered();
        f.clock.set(ny("2026-12-01", "12:20"));

        TriageOutcome outcome = text("priya", "Yes!");

        assertThat(outcome.reply()).contains(AppliedReply.applied("waitlist-offer", "accepted", offer.id()));
        assertThat(outcome.keyword()).isEmpty();
        assertThat(outcome.escalated()).isFalse();
        assertThat(wednesday()).extracting(a -> a.clientId().value()).containsExactly("priya");
        assertThat(f.channel.delivered("appointment.booked")).last().satisfies(m -> assertThat(m.body())
                .startsWith("Riverside Counseling: Hi priya. Your appointment is booked for Wed Dec 2 at 10:00 AM EST"));
        assertThat(f.audit.all()).filteredOn(e -> e.action().equals("message.reply-applied")).singleElement()
                .satisfies(e -> assertThat(e.details()).containsEntry("action", "accepted").doesNotContainValue("Yes!"));
        assertThat(f.audit.all()).filteredOn(e -> e.action().equals("waitlist.filled")).singleElement()
                .satisfies(e -> assertThat(e.details()).containsEntry("emptyMinutes", "20"));
        assertThat(staffInbox.waiting()).isEmpty();
    }

    @Test
    void yesWithNoOfferOpenIsStillTheCarrierOptInKeyword() {
        TriageOutcome outcome = text("priya", "YES");
        assertThat(outcome.reply()).isEmpty();
        assertThat(outcome.keyword()).contains(ContactKeyword.START);
    }

    @Test
    void aLateYesAfterTheOfferMovedOnGoesToStaffAndBooksNobody() {
        WaitlistOffer offer = freedAndOffered();
        f.clock.set(ny("2026-12-01", "13:00"));
        waitlist.due(f.clock.instant()); // Priya's hour is up: Quinn holds the offer now
        f.clock.set(ny("2026-12-01", "13:10"));

        TriageOutcome late = text("priya", "yes");

        assertThat(late.reply()).isEmpty();
        assertThat(late.keyword()).as("not an opt-in either").isEmpty();
        assertThat(late.routedTo()).contains(MessageIntent.STAFF);
        assertThat(staffInbox.waiting()).singleElement().satisfies(r -> assertThat(r.message().clientId().value())
                .isEqualTo("priya"));
        assertThat(wednesday()).isEmpty();

        assertThat(text("quinn", "YES").reply()).contains(AppliedReply.applied("waitlist-offer", "accepted", offer.id()));
        assertThat(wednesday()).extracting(a -> a.clientId().value()).containsExactly("quinn");
    }

    @Test
    void noPassesTheOfferOnAndTellsTheClientTheyStayListed() {
        WaitlistOffer offer = freedAndOffered();
        assertThat(text("priya", "no thanks").reply()).contains(AppliedReply.applied("waitlist-offer", "declined", offer.id()));
        assertThat(waitlist.offer(offer.id()).orElseThrow().offeredTo()).contains("entry-quinn");
        assertThat(f.channel.delivered("waitlist.declined")).singleElement()
                .satisfies(m -> assertThat(m.body()).contains("you stay on the waitlist"));
        assertThat(waitlist.entries()).extracting(WaitlistEntry::id).contains("entry-priya");
    }

    @Test
    void aReplyFromAnotherNumberThanTheOfferWentToAnswersNothing() {
        freedAndOffered();
        TriageOutcome outcome = text("priya", ContactPoint.mobile("+15205559999"), "YES");
        assertThat(outcome.reply()).isEmpty();
        assertThat(wednesday()).isEmpty();
    }

    @Test
    void twoPicksTheSecondRescheduleOptionAndNoKeepsTheTime() {
        Appointment a = f.book.book(BookFixture.request("sam", ny("2026-12-02", "14:00")));
        RescheduleOffer offer = f.book.offerReschedule(a.id(), SlotRequest.builder(ClientId.of("sam")).build());
        f.clock.set(f.clock.instant().plus(Duration.ofMinutes(30)));

        TriageOutcome outcome = text("sam", ContactPoint.mobile("+15205550100"), "2");

        assertThat(outcome.reply()).contains(AppliedReply.applied("reschedule", "picked-option-2", offer.id()));
        assertThat(f.book.appointment(a.id()).orElseThrow().slot().start()).isEqualTo(offer.options().get(1).time().start());
        assertThat(f.channel.delivered("appointment.moved")).hasSize(1);
        // The offer is answered: another number is no answer to anything.
        assertThat(text("sam", ContactPoint.mobile("+15205550100"), "3").reply()).isEmpty();

        Appointment b = f.book.book(BookFixture.request("sam", ny("2026-12-04", "14:00")));
        RescheduleOffer second = f.book.offerReschedule(b.id(), SlotRequest.builder(ClientId.of("sam")).build());
        assertThat(text("sam", ContactPoint.mobile("+15205550100"), "NO").reply())
                .contains(AppliedReply.applied("reschedule", "declined", second.id()));
        assertThat(f.book.appointment(b.id()).orElseThrow().slot().start()).isEqualTo(ny("2026-12-04", "14:00"));
        assertThat(f.channel.delivered("appointment.reschedule-declined")).hasSize(1);
    }

    @Test
    void cConfirmsAndXCancelsAndTheFreedTimeGoesToTheWaitlistAtOnce() {
        Appointment a = f.book.book(BookFixture.request("sam", ny("2026-12-02", "14:00")));
        ContactPoint sam = ContactPoint.mobile("+15205550100");
        assertThat(text("sam", sam, "C").reply()).contains(AppliedReply.applied("appointment", "confirmed", a.id().value()));
        assertThat(f.book.appointment(a.id()).orElseThrow().status()).isEqualTo(AppointmentStatus.CONFIRMED);
        assertThat(f.channel.delivered("appointment.confirmed")).hasSize(1);

        Appointment b = f.book.book(BookFixture.request("sam", ny("2026-12-04", "10:00")));
        waitlist.add(listed("priya", Priority.ROUTINE));
        f.clock.set(ny("2026-12-01", "12:00"));
        assertThat(text("sam", sam, "x").reply()).contains(AppliedReply.applied("appointment", "cancelled", b.id().value()));
        assertThat(f.book.appointment(b.id()).orElseThrow().status()).isEqualTo(AppointmentStatus.CANCELLED);
        assertThat(f.channel.delivered("waitlist.offer")).singleElement()
                .satisfies(m -> assertThat(m.clientId().value()).isEqualTo("priya"));
    }

    @Test
    void aWorryingYesReachesAPersonAndTakesNoOffer() {
        freedAndOffered();
        TriageOutcome outcome = text("priya", "yes. I can't do this anymore, everyone would be better off without me");
        assertThat(outcome.escalated()).isTrue();
        assertThat(outcome.reply()).isEmpty();
        assertThat(wednesday()).isEmpty();
    }

    @Test
    void aRedeliveredReplyIsAppliedOnceAndGoesNowhereElse() {
        WaitlistOffer offer = freedAndOffered();
        ClientMessage yes = ClientMessage.builder().id("sms-gateway-77").clientId(ClientId.of("priya")).text("YES")
                .receivedAt(f.clock.instant()).from(phoneOf("priya")).build();

        TriageOutcome first = desk.receive(yes);
        TriageOutcome again = desk.receive(yes);

        assertThat(first.reply()).contains(AppliedReply.applied("waitlist-offer", "accepted", offer.id()));
        assertThat(again.reply()).hasValueSatisfying(r -> {
            assertThat(r.again()).isTrue();
            assertThat(r.action()).isEqualTo("accepted");
        });
        assertThat(staffInbox.waiting()).isEmpty();
        assertThat(wednesday()).hasSize(1);
        assertThat(f.audit.all()).filteredOn(e -> e.action().equals("message.reply-applied")).hasSize(1);
    }
}
