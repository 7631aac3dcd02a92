package org.practicekit.core.scheduling;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.core.inmemory.OutboxMessageChannel;
import org.practicekit.core.inmemory.StaffQueueEscalation;
import org.practicekit.core.model.Clinician;
import org.practicekit.core.model.ClientId;
import org.practicekit.core.model.ClinicianId;
import org.practicekit.core.model.ContactPoint;
import org.practicekit.core.model.LocationId;
import org.practicekit.core.model.PayerKind;
import org.practicekit.core.spi.DeliveryReceipt;
import org.practicekit.core.spi.MessageChannel;
import org.practicekit.core.spi.OutboundMessage;
import org.practicekit.core.store.InMemoryWorkflowStore;
import org.practicekit.core.testsupport.SteppingClock;

/**
 * A small practice for book and waitlist tests: one New York clinician (two with {@link #twoClinicians}),
 * an outbox channel, a staff queue and an audit log.
 */
final class BookFixture {
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final ZoneId PHOENIX = ZoneId.of("America/Phoenix");
    static final ClinicianId RIVERA = ClinicianId.of("dr-rivera");
    static final ClinicianId OKAFOR = ClinicianId.of("dr-okafor");
    static final LocationId OFFICE = LocationId.of("main-st");

    final SteppingClock clock;
    final InMemoryWorkflowStore store;
    final CountingChannel channel;
    final StaffQueueEscalation staff = new StaffQueueEscalation();
    final InMemoryAuditLog audit = new InMemoryAuditLog();
    final Clinician rivera = Clinician.builder().id(RIVERA).name("Ana", "Rivera").credentials("LCSW").zone(NEW_YORK)
            .addPayerPanel("60054").addPayerPanel("MEDICAID-NY").addPayerPanel("MEDICARE").addSpecialty("trauma").build();
    final Clinician okafor = Clinician.builder().id(OKAFOR).name("Emeka", "Okafor").credentials("PhD").zone(NEW_YORK)
            .addPayerPanel("60054").build();
    final AvailabilityRules rules;
    private final List<AvailabilityRules> others = new ArrayList<>();
    final AppointmentBook book;

    BookFixture(String now) {
        this(now, AvailabilityRules.builder(RIVERA, NEW_YORK).telehealth("09:00", "17:00", MONDAY, TUESDAY, WEDNESDAY,
                THURSDAY, FRIDAY).build());
    }

    BookFixture(String now, AvailabilityRules rules) {
        this(now, rules, List.of());
    }

    private BookFixture(String now, AvailabilityRules rules, List<AvailabilityRules> others) {
        this.clock = SteppingClock.at(now);
        this.store = new InMemoryWorkflowStore(clock);
        this.channel = new CountingChannel(new OutboxMessageChannel(clock));
        this.rules = rules;
        this.others.addAll(others);
        this.book = newEngine();
    }

    /** Rivera and Okafor, both on video 09:00-17:00 New York time on weekdays: the same hours, so both can free one hour. */
    static BookFixture twoClinicians(String now) {
        return new BookFixture(now, weekdays(RIVERA), List.of(weekdays(OKAFOR)));
    }

    private static AvailabilityRules weekdays(ClinicianId clinician) {
        return AvailabilityRules.builder(clinician, NEW_YORK).telehealth("09:00", "17:00", MONDAY, TUESDAY, WEDNESDAY,
                THURSDAY, FRIDAY).build();
    }

    /** A matcher that knows every clinician of the fixture. */
    SlotMatcher matcher() {
        SlotMatcher.Builder m = SlotMatcher.builder(clock).addClinician(rivera);
        if (!others.isEmpty()) {
            m.addClinician(okafor);
        }
        return m.build();
    }

    /** Another engine over the same store and channel: a second app instance, or one after a restart. */
    AppointmentBook newEngine() {
        AppointmentBook.Builder b = AppointmentBook.builder().store(store).clock(clock).channel(channel).escalation(staff)
                .audit(audit).practiceName("Riverside Counseling").addRules(rules).matcher(matcher())
                .rescheduleHold(Duration.ofHours(12));
        others.forEach(b::addRules);
        return b.build();
    }

    static Instant ny(String date, String time) {
        return LocalDate.parse(date).atTime(LocalTime.parse(time)).atZone(NEW_YORK).toInstant();
    }

    static BookingRequest request(String client, Instant start) {
        return BookingRequest.builder().clientId(ClientId.of(client)).contact(ContactPoint.mobile("+15205550100"))
                .clientZone(PHOENIX).clinicianId(RIVERA).start(start).payerKind(PayerKind.COMMERCIAL).build();
    }

    /** A channel that counts every send call (duplicates included) in front of the outbox. */
    static final class CountingChannel implements MessageChannel {
        final OutboxMessageChannel outbox;
        final AtomicInteger calls = new AtomicInteger();
        final List<OutboundMessage> attempts = new ArrayList<>();

        CountingChannel(OutboxMessageChannel outbox) {
            this.outbox = outbox;
        }

        @Override
        public synchronized DeliveryReceipt send(OutboundMessage message) {
            calls.incrementAndGet();
            attempts.add(message);
            return outbox.send(message);
        }

        List<OutboundMessage> delivered() {
            return outbox.messages();
        }

        List<OutboundMessage> delivered(String purpose) {
            return outbox.messages().stream().filter(m -> m.purpose().equals(purpose)).toList();
        }
    }
}
