package org.practicekit.core.billing.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practicekit.core.ValidationException;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.core.model.ClientId;
import org.practicekit.core.model.ClinicianId;
import org.practicekit.core.testsupport.SteppingClock;

class AuthorizationLedgerTest {
    private static final ClientId CLIENT = ClientId.of("c-okonkwo");
    private static final ClinicianId OKAFOR = ClinicianId.of("dr-okafor");
    private static final ClinicianId WHITFIELD = ClinicianId.of("dr-whitfield");

    private final SteppingClock clock = SteppingClock.at("2026-12-01T15:00:00Z");
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private AuthorizationLedger ledger;

    @BeforeEach
    void sixSessionsOfFamilyTherapy() {
        ledger = AuthorizationLedger.builder().clock(clock).audit(audit).requireAuthorizationFor("LKS01").build();
        ledger.register(PriorAuthorization.builder().number("AUTH-5521-A").payerId("LKS01").clientId(CLIENT).clinicianId(OKAFOR)
                .addCode("90847").addCode("90846").approvedUnits(6).dates(LocalDate.of(2026, 11, 1), LocalDate.of(2027, 1, 31))
                .build());
    }

    private static SessionRequest session(String key, String code, LocalDate date) {
        return SessionRequest.of(key, CLIENT, OKAFOR, "LKS01", code, date);
    }

    @Test
    void eachSessionConsumesOnceAndTheLastTwoRaiseAnAlert() {
        for (int i = 1; i <= 3; i++) {
            AuthorizationCheck c = ledger.consume(session("appt-" + i, "90847", LocalDate.of(2026, 12, i + 1)));
            assertThat(c.blocksBooking()).isFalse();
            assertThat(c.alerts()).isEmpty();
        }
        ledger.consume(session("appt-3", "90847", LocalDate.of(2026, 12, 4)));
        assertThat(ledger.remaining("AUTH-5521-A")).as("the same session counts once").isEqualTo(3);

        AuthorizationCheck fourth = ledger.consume(session("appt-4", "90847", LocalDate.of(2026, 12, 8)));
        assertThat(fourth.remainingAfter()).isEqualTo(2);
        assertThat(fourth.alerts()).extracting(AuthorizationAlert::kind).containsExactly(AuthorizationAlert.Kind.LOW_REMAINING);
        assertThat(fourth.alerts().get(0).message()).contains("2 sessions left");
    }

    @Test
    void aSessionBeyondTheApprovedUnitsIsBlockedUnlessStaffOverride() {
        for (int i = 1; i <= 6; i++) {
            ledger.consume(session("appt-" + i, "90847", LocalDate.of(2026, 12, i + 1)));
        }
        SessionRequest seventh = session("appt-7", "90847", LocalDate.of(2026, 12, 20));
        AuthorizationCheck blocked = ledger.consume(seventh);
        assertThat(blocked.blocksBooking()).isTrue();
        assertThat(blocked.problems()).containsExactly(AuthorizationProblem.UNITS_EXCEEDED);
        assertThat(ledger.remaining("AUTH-5521-A")).isZero();

        ledger.consume(seventh, new StaffOverride("front-desk-2", "extension requested"));
        assertThat(ledger.remaining("AUTH-5521-A")).isEqualTo(-1);
        assertThat(audit.all()).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("authorization.override");
            assertThat(e.actor()).isEqualTo("front-desk-2");
        });
    }

    @Test
    void releasingACancelledSessionGivesTheUnitBack() {
        ledger.consume(session("appt-1", "90847", LocalDate.of(2026, 12, 2)));
        assertThat(ledger.release("appt-1")).isTrue();
        assertThat(ledger.release("appt-1")).isFalse();
        assertThat(ledger.remaining("AUTH-5521-A")).isEqualTo(6);
    }

    @Test
    void sessionsOutsideTheAuthorizationAreHardFlags() {
        assertThat(ledger.check(session("a", "90847", LocalDate.of(2027, 2, 1))).problems())
                .containsExactly(AuthorizationProblem.AFTER_END);
        assertThat(ledger.check(session("b", "90847", LocalDate.of(2026, 10, 31))).problems())
                .containsExactly(AuthorizationProblem.BEFORE_START);
        assertThat(ledger.check(session("c", "90837", LocalDate.of(2026, 12, 2))).problems())
                .containsExactly(AuthorizationProblem.CODE_NOT_COVERED);
        assertThat(ledger.check(SessionRequest.of("d", CLIENT, WHITFIELD, "LKS01", "90847", LocalDate.of(2026, 12, 2)))
                .problems()).containsExactly(AuthorizationProblem.PROVIDER_MISMATCH);
        assertThat(ledger.check(SessionRequest.of("e", ClientId.of("c-other"), OKAFOR, "LKS01", "90847",
                LocalDate.of(2026, 12, 2))).problems()).containsExactly(AuthorizationProblem.NO_AUTHORIZATION);
        assertThat(ledger.check(SessionRequest.of("f", ClientId.of("c-other"), OKAFOR, "OTHERPAYER", "90834",
                LocalDate.of(2026, 12, 2))).blocksBooking()).as("payer needs no authorization").isFalse();
        assertThat(ledger.remaining("AUTH-5521-A")).as("checks use nothing").isEqualTo(6);
    }

    @Test
    void expiryAlertsComeFromDueAndAnExtensionClearsThem() {
        assertThat(ledger.due(clock.instant())).isEmpty();
        clock.advance(Duration.ofDays(50));
        assertThat(ledger.due(clock.instant())).singleElement()
                .satisfies(a -> assertThat(a.kind()).isEqualTo(AuthorizationAlert.Kind.EXPIRING_SOON));
        ledger.register(ledger.authorization("AUTH-5521-A").orElseThrow().toBuilder()
                .dates(LocalDate.of(2026, 11, 1), LocalDate.of(2027, 4, 30)).build());
        assertThat(ledger.due(clock.instant())).isEmpty();
        clock.advance(Duration.ofDays(200));
        assertThat(ledger.due(clock.instant())).as("expired authorizations are not nagged about").isEmpty();
    }

    @Test
    void theSchedulerSeesOnlyTheGate() {
        AuthorizationGate gate = ledger;
        assertThat(gate.check(session("x", "90846", LocalDate.of(2026, 12, 3))).authorization()).hasValue("AUTH-5521-A");
        assertThat(AuthorizationGate.none().check(session("x", "90837", LocalDate.of(2030, 1, 1))).blocksBooking()).isFalse();
    }

    @Test
    void anAuthorizationNeedsEveryField() {
        assertThatThrownBy(() -> PriorAuthorization.builder().number("A 1").approvedUnits(0).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.hasProblemAt("number")).isTrue();
                    assertThat(e.hasProblemAt("payerId")).isTrue();
                    assertThat(e.hasProblemAt("codes")).isTrue();
                    assertThat(e.hasProblemAt("approvedUnits")).isTrue();
                    assertThat(e.hasProblemAt("dates")).isTrue();
                });
    }
}
