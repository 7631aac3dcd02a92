package org.practicekit.core.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.practicekit.core.scheduling.BookFixture.ny;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.practicekit.core.ValidationException;
import org.practicekit.core.billing.auth.AuthorizationEnforcement;
import org.practicekit.core.billing.auth.AuthorizationLedger;
import org.practicekit.core.billing.auth.PriorAuthorization;
import org.practicekit.core.billing.auth.SessionRequest;
import org.practicekit.core.billing.auth.StaffOverride;
import org.practicekit.core.model.Appointment;
import org.practicekit.core.model.ClientId;
import org.practicekit.core.spi.AuditEvent;

/** Bookings asked of the prior-authorization gate: blocked, overridden with an audited reason, or warned. */
class BookingAuthorizationTest {
    private static final ClientId CLIENT = ClientId.of("client-1");
    private static final BilledService LAKESHORE_90837 = new BilledService("LKS01", "90837");

    private final BookFixture f = new BookFixture("2026-12-01T14:00:00Z");
    private final AuthorizationLedger ledger = AuthorizationLedger.builder().clock(f.clock).audit(f.audit)
            .requireAuthorizationFor("LKS01").build();

    /** Ten sessions approved through January; the first ten are already used. */
    private void tenSessionsAllUsed() {
        ledger.register(PriorAuthorization.builder().number("AUTH-10").payerId("LKS01").clientId(CLIENT)
                .clinicianId(BookFixture.RIVERA).addCode("90837").approvedUnits(10)
                .dates(LocalDate.of(2026, 10, 1), LocalDate.of(2027, 1, 31)).build());
        for (int i = 1; i <= 10; i++) {
            ledger.consume(SessionRequest.of("past-" + i, CLIENT, BookFixture.RIVERA, "LKS01", "90837",
                    LocalDate.of(2026, 10, i + 1)));
        }
    }

    private AppointmentBook book(AuthorizationEnforcement enforcement) {
        return AppointmentBook.builder().store(f.store).clock(f.clock).channel(f.channel).escalation(f.staff).audit(f.audit)
                .practiceName("Riverside Counseling").addRules(f.rules).authorizationGate(ledger, enforcement).build();
    }

    @Test
    void anEleventhSessionOfATenSessionAuthorizationIsNotBookedAndNothingIsSent() {
        tenSessionsAllUsed();
        AppointmentBook book = book(AuthorizationEnforcement.BLOCK);
        BookingRequest eleventh = BookFixture.request("client-1", ny("2026-12-07", "10:00")).toBuilder()
                .billedAs(LAKESHORE_90837).build();

        assertThatThrownBy(() -> book.book(eleventh)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.hasProblemAt("authorization")).isTrue());
        assertThat(f.channel.calls.get()).isZero();
        assertThat(book.book(BookFixture.request("client-2", ny("2026-12-07", "10:00"))).slot().start())
                .as("the hour stayed open for another client").isEqualTo(ny("2026-12-07", "10:00"));
    }

    @Test
    void aSessionAfterTheAuthorizationEndedIsBlockedToo() {
        tenSessionsAllUsed();
        ledger.release("past-10");
        BookingRequest afterEnd = BookFixture.request("client-1", ny("2027-02-03", "10:00")).toBuilder()
                .billedAs(LAKESHORE_90837).build();
        assertThatThrownBy(() -> book(AuthorizationEnforcement.BLOCK).book(afterEnd)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("AFTER_END");
    }

    @Test
    void aStaffOverrideBooksAndItsReasonIsAudited() {
        tenSessionsAllUsed();
        Appointment a = book(AuthorizationEnforcement.BLOCK).book(BookFixture.request("client-1", ny("2026-12-07", "10:00"))
                .toBuilder().billedAs(LAKESHORE_90837)
                .authorizationOverride(new StaffOverride("staff-kim", "extension for 6 sessions requested 11/30")).build());

        assertThat(a.slot().start()).isEqualTo(ny("2026-12-07", "10:00"));
        assertThat(f.audit.all()).filteredOn(e -> e.action().equals("authorization.override")).singleElement()
                .satisfies(e -> {
                    assertThat(e.actor()).isEqualTo("staff-kim");
                    assertThat(e.target()).isEqualTo("AUTH-10");
                    assertThat(e.details()).containsEntry("reason", "extension for 6 sessions requested 11/30")
                            .containsEntry("problems", "UNITS_EXCEEDED").containsEntry("session", a.id().value());
                });
    }

    @Test
    void underWarnTheSessionIsBookedAndTheWarningAudited() {
        tenSessionsAllUsed();
        Appointment a = book(AuthorizationEnforcement.WARN).book(BookFixture.request("client-1", ny("2026-12-07", "10:00"))
                .toBuilder().billedAs(LAKESHORE_90837).build());

        assertThat(f.audit.all()).extracting(AuditEvent::action).contains("appointment.authorization-warning");
        assertThat(f.audit.all()).filteredOn(e -> e.action().equals("appointment.authorization-warning")).singleElement()
                .satisfies(e -> assertThat(e.details()).containsEntry("session", a.id().value())
                        .containsEntry("problems", "UNITS_EXCEEDED"));
    }

    @Test
    void aSessionTheAuthorizationCoversIsBookedWithoutAnyAuthorizationRecord() {
        tenSessionsAllUsed();
        ledger.release("past-1");
        book(AuthorizationEnforcement.BLOCK).book(BookFixture.request("client-1", ny("2026-12-07", "10:00")).toBuilder()
                .billedAs(LAKESHORE_90837).build());
        assertThat(f.audit.all()).extracting(AuditEvent::action)
                .doesNotContain("authorization.override", "appointment.authorization-warning");
    }
}
