package org.practicekit.core.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practicekit.core.scheduling.BookFixture.ny;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.practicekit.core.NonRetriableException;
import org.practicekit.core.RetriableException;
import org.practicekit.core.inmemory.InMemoryEhr;
import org.practicekit.core.model.Appointment;
import org.practicekit.core.model.AppointmentId;
import org.practicekit.core.model.AppointmentStatus;
import org.practicekit.core.spi.EhrReceipt;
import org.practicekit.core.spi.Escalation;
import org.practicekit.core.testsupport.EhrDelegate;

/** Every change to the book reaches the EHR once it can, keyed by appointment id, whatever the EHR's mood. */
class AppointmentsToTheEhrTest {
    /** The in-memory EHR behind a switch: down (timeouts), refusing (a permanent error) or up; counts writes. */
    static final class SwitchedEhr extends EhrDelegate {
        boolean down;
        boolean refusing;
        int writes;

        SwitchedEhr() {
            super(new InMemoryEhr());
        }

        @Override
        public EhrReceipt writeAppointment(Appointment appointment) {
            if (down) {
                throw new RetriableException("EHR timed out (scripted)", system(), "writeAppointment", null);
            }
            if (refusing) {
                throw new NonRetriableException("EHR refused (scripted)", system(), "writeAppointment", null);
            }
            writes++;
            return super.writeAppointment(appointment);
        }
    }

    private final BookFixture f = new BookFixture("2026-12-01T14:00:00Z");
    private final SwitchedEhr ehr = new SwitchedEhr();
    private final AppointmentBook book = AppointmentBook.builder().store(f.store).clock(f.clock).channel(f.channel)
            .escalation(f.staff).audit(f.audit).practiceName("Riverside Counseling").addRules(f.rules).ehr(ehr).build();

    private Optional<Appointment> inEhr(AppointmentId id) {
        return ehr.ehr.appointments(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z")).stream()
                .filter(a -> a.id().equals(id)).findFirst();
    }

    @Test
    void bookedMovedAndCancelledAppointmentsReachTheEhrWithTheirLatestState() {
        Appointment a = book.book(BookFixture.request("client-1", ny("2026-12-07", "10:00")));
        assertThat(inEhr(a.id())).contains(a);
        Appointment moved = book.move(a.id(), ny("2026-12-07", "14:00"));
        assertThat(inEhr(a.id())).contains(moved);
        book.cancel(a.id(), CancelledBy.CLIENT);
        assertThat(inEhr(a.id())).hasValueSatisfying(x -> assertThat(x.status()).isEqualTo(AppointmentStatus.CANCELLED));
        assertThat(ehr.writes).isEqualTo(3);
        assertThat(book.due(f.clock.instant())).isEmpty();
        assertThat(ehr.writes).as("nothing owed, nothing written again").isEqualTo(3);
    }

    @Test
    void whileTheEhrIsDownTheBookKeepsWorkingAndDueWritesTheLatestStateOnceItIsBack() {
        ehr.down = true;
        Appointment a = book.book(BookFixture.request("client-1", ny("2026-12-07", "10:00")));
        book.confirm(a.id());
        assertThat(book.appointment(a.id()).orElseThrow().status()).isEqualTo(AppointmentStatus.CONFIRMED);
        assertThat(f.channel.delivered("appointment.booked")).hasSize(1);
        assertThat(inEhr(a.id())).isEmpty();
        f.clock.set(ny("2026-12-01", "10:00"));
        assertThat(book.due(f.clock.instant())).noneMatch(e -> e.type().equals("appointment.ehr-written"));

        ehr.down = false;
        f.clock.set(ny("2026-12-01", "10:05"));
        assertThat(book.due(f.clock.instant())).filteredOn(e -> e.type().equals("appointment.ehr-written"))
                .singleElement().satisfies(e -> assertThat(e.recordId()).isEqualTo(a.id().value()));
        assertThat(inEhr(a.id())).hasValueSatisfying(x -> assertThat(x.status()).isEqualTo(AppointmentStatus.CONFIRMED));
        assertThat(ehr.writes).as("one write of the latest state, not one per change").isEqualTo(1);
        book.due(f.clock.instant());
        assertThat(ehr.writes).isEqualTo(1);
        assertThat(f.staff.pending()).isEmpty();
    }

    @Test
    void anEhrThatRefusesTheAppointmentHandsItToStaffOnceAndStopsRetrying() {
        ehr.refusing = true;
        Appointment a = book.book(BookFixture.request("client-1", ny("2026-12-07", "10:00")));
        assertThat(f.staff.pending()).singleElement().satisfies(e -> {
            assertThat(e.category()).isEqualTo("scheduling.ehr-refused");
            assertThat(e.urgency()).isEqualTo(Escalation.Urgency.ROUTINE);
            assertThat(e.summary()).contains(a.id().value()).doesNotContain("client-1");
        });
        ehr.refusing = false;
        book.due(f.clock.instant());
        assertThat(ehr.writes).isZero();
        assertThat(f.audit.all()).filteredOn(e -> e.action().equals("escalation.raised")).hasSize(1);
    }
}
