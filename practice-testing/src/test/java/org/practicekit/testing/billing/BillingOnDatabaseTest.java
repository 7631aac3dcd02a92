package org.practicekit.testing.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.practicekit.core.RetriableException;
import org.practicekit.core.billing.CptLine;
import org.practicekit.core.billing.auth.AuthorizationCheck;
import org.practicekit.core.billing.auth.AuthorizationLedger;
import org.practicekit.core.billing.auth.AuthorizationProblem;
import org.practicekit.core.billing.auth.PriorAuthorization;
import org.practicekit.core.billing.auth.SessionRequest;
import org.practicekit.core.billing.auth.StaffOverride;
import org.practicekit.core.billing.claim.Claim;
import org.practicekit.core.billing.claim.ClaimLedger;
import org.practicekit.core.billing.claim.ClaimLine;
import org.practicekit.core.billing.claim.ClaimPayment;
import org.practicekit.core.billing.claim.ClaimStatus;
import org.practicekit.core.billing.claim.Remittance;
import org.practicekit.core.billing.claim.RemittancePosting;
import org.practicekit.core.billing.claim.ServicePayment;
import org.practicekit.core.billing.denial.Adjustment;
import org.practicekit.core.billing.denial.AdjustmentGroup;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.core.model.ClientId;
import org.practicekit.core.model.ClinicianId;
import org.practicekit.core.model.Coverage;
import org.practicekit.core.model.Money;
import org.practicekit.core.model.PayerKind;
import org.practicekit.core.model.PersonName;
import org.practicekit.core.spi.AuditEvent;
import org.practicekit.core.spi.StoredRecord;
import org.practicekit.core.spi.WorkflowStore;
import org.practicekit.core.store.JdbcWorkflowStore;
import org.practicekit.testing.TestClock;
import org.practicekit.testing.TestDatabases;

/**
 * The claim and authorization ledgers over the JDBC store on embedded H2 and on PostgreSQL: what a
 * restarted instance finds (claims, posted remittances, used authorization units), and two instances
 * working one ledger at once. PostgreSQL runs are skipped locally (and fail under CI=true) when it is
 * not reachable.
 */
class BillingOnDatabaseTest {
    private static final String TABLE = "pk_billing_test";
    private static final ClientId RIVERA = ClientId.of("c-rivera");
    private static final ClinicianId WHITFIELD = ClinicianId.of("dr-whitfield");
    private static final Coverage LAKESHORE = Coverage.builder().payerName("Lakeshore Health Plan").payerId("LKS01")
            .payerKind(PayerKind.COMMERCIAL).memberId("LKS884120033").groupNumber("GRP7781")
            .subscriber(PersonName.of("Grace", "Rivera"), Coverage.Relationship.SPOUSE).build();

    private final TestClock clock = TestClock.at("2026-12-01T15:00:00Z");
    private final InMemoryAuditLog audit = new InMemoryAuditLog();

    private DataSource database(String which) {
        return TestDatabases.emptyWorkflowStore(which, TABLE);
    }

    /** One app instance's claim ledger: its own store object over the shared database. */
    private ClaimLedger claims(DataSource db) {
        return ClaimLedger.builder().clock(clock).store(JdbcWorkflowStore.builder().dataSource(db).table(TABLE).build()).build();
    }

    private AuthorizationLedger authorizations(DataSource db) {
        return AuthorizationLedger.builder().clock(clock).audit(audit).requireAuthorizationFor("LKS01")
                .store(JdbcWorkflowStore.builder().dataSource(db).table(TABLE).build()).build();
    }

    private Claim claim(String id, String noteId) {
        return Claim.builder().id(id).noteId(noteId).clientId(RIVERA).renderingClinician(WHITFIELD, "1902345678")
                .coverage(LAKESHORE).serviceDate(LocalDate.of(2026, 11, 30)).placeOfService("10").addDiagnosis("F41.1")
                .addDiagnosis("F33.1").addLine(new ClaimLine(CptLine.of("90837", 1, "95"), Money.usd("180.00"), List.of(1, 2)))
                .addLine(ClaimLine.of(CptLine.of("90785"), Money.usd("25.00"))).priorAuthorization("AUTH-5521-A")
                .createdAt(clock.instant()).build();
    }

    private static Remittance remittance(String payerId, String trace, String paid, String... claimIds) {
        List<ClaimPayment> payments = new ArrayList<>();
        Money total = Money.zero();
        for (String id : claimIds) {
            Adjustment contractual = Adjustment.of(AdjustmentGroup.CO, "45", Money.usd("30.00"));
            payments.add(new ClaimPayment(id, "1", Money.usd("205.00"), Money.usd(paid), Money.usd("20.00"), "PAYER-" + id,
                    List.of(), List.of(new ServicePayment("90837", List.of("95"), Money.usd("180.00"), Money.usd(paid), 1,
                            Optional.empty(), List.of(contractual, Adjustment.of(AdjustmentGroup.PR, "3", Money.usd("20.00")))))));
            total = total.plus(Money.usd(paid));
        }
        return new Remittance("Lakeshore Health Plan", payerId, total, "ACH", LocalDate.of(2026, 12, 20), trace, payments,
                List.of());
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void claimsAndPostedRemittancesSurviveARestart(String which) {
        DataSource db = database(which);
        ClaimLedger before = claims(db);
        Claim opened = before.open(claim("PK2001", "note-2001"));
        before.open(claim("PK2002", "note-2002"));
        before.submit("PK2001");
        before.submit("PK2002");
        RemittancePosting first = before.post(remittance("LKS01", "EFT-77001", "155.00", "PK2001"));
        assertThat(first.updated()).extracting(Claim::id).containsExactly("PK2001");

        ClaimLedger restarted = claims(db);
        Claim paid = restarted.claim("PK2001").orElseThrow();
        assertThat(paid.status()).isEqualTo(ClaimStatus.PAID);
        assertThat(paid.paid()).isEqualTo(Money.usd("155.00"));
        assertThat(paid.patientResponsibility()).isEqualTo(Money.usd("20.00"));
        assertThat(paid.writtenOff()).isEqualTo(Money.usd("30.00"));
        assertThat(paid.payerClaimNumber()).hasValue("PAYER-PK2001");
        assertThat(paid.flags()).hasSize(2);
        assertThat(paid.coverage()).isEqualTo(LAKESHORE);
        assertThat(paid.lines()).isEqualTo(opened.lines());
        assertThat(restarted.claims()).extracting(Claim::id).containsExactly("PK2001", "PK2002");

        RemittancePosting again = restarted.post(remittance("LKS01", "EFT-77001", "155.00", "PK2001"));
        assertThat(again.alreadyPosted()).as("the restarted instance knows the remittance was posted").isTrue();
        assertThat(restarted.claim("PK2001").orElseThrow().paid()).isEqualTo(Money.usd("155.00"));
        assertThat(restarted.open(claim("PK2001", "note-2001")).status()).as("opening again finds the paid claim")
                .isEqualTo(ClaimStatus.PAID);

        RemittancePosting otherPayer = restarted.post(remittance("MCR00952", "EFT-77001", "160.00", "PK2002"));
        assertThat(otherPayer.alreadyPosted()).as("another payer's remittance with the same trace number is its own").isFalse();
        assertThat(restarted.claim("PK2002").orElseThrow().status()).isEqualTo(ClaimStatus.PAID);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void twoInstancesPostingTheSameRemittanceAtOncePayEachClaimOnce(String which) throws Exception {
        DataSource db = database(which);
        ClaimLedger one = claims(db);
        ClaimLedger two = claims(db);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String id = "PK3" + String.format("%03d", i);
            ids.add(id);
            (i % 2 == 0 ? one : two).open(claim(id, "note-" + id));
            (i % 2 == 0 ? two : one).submit(id);
        }
        Remittance eft = remittance("LKS01", "EFT-88001", "155.00", ids.toArray(String[]::new));
        List<RemittancePosting> postings = race(() -> one.post(eft), () -> two.post(eft));

        assertThat(postings).extracting(RemittancePosting::alreadyPosted).containsExactlyInAnyOrder(true, false);
        for (ClaimLedger ledger : List.of(one, two)) {
            assertThat(ledger.claims()).hasSize(20).allSatisfy(c -> {
                assertThat(c.status()).isEqualTo(ClaimStatus.PAID);
                assertThat(c.paid()).as("paid once, not twice").isEqualTo(Money.usd("155.00"));
            });
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aPostingCutShortByACrashIsFinishedLaterWithoutPayingAnyClaimTwice(String which) {
        DataSource db = database(which);
        ClaimLedger ledger = claims(db);
        for (String id : List.of("PK4001", "PK4002", "PK4003")) {
            ledger.open(claim(id, "note-" + id));
            ledger.submit(id);
        }
        JdbcWorkflowStore shared = JdbcWorkflowStore.builder().dataSource(db).table(TABLE).build();
        int[] claimWrites = {0};
        WorkflowStore dyingAfterOneClaim = new WorkflowStore() {
            public Optional<StoredRecord> read(String kind, String id) {
                return shared.read(kind, id);
            }

            public StoredRecord insert(String kind, String id, String payload) {
                return shared.insert(kind, id, payload);
            }

            public StoredRecord update(String kind, String id, long expectedVersion, String payload) {
                if (kind.equals("claim") && ++claimWrites[0] > 1) {
                    throw new RetriableException("connection lost", "jdbc", "update", null);
                }
                return shared.update(kind, id, expectedVersion, payload);
            }

            public boolean delete(String kind, String id, long expectedVersion) {
                return shared.delete(kind, id, expectedVersion);
            }

            public List<StoredRecord> list(String kind) {
                return shared.list(kind);
            }
        };
        ClaimLedger dying = ClaimLedger.builder().clock(clock).store(dyingAfterOneClaim).build();
        Remittance eft = remittance("LKS01", "EFT-99001", "155.00", "PK4001", "PK4002", "PK4003");
        assertThatThrownBy(() -> dying.post(eft)).isInstanceOf(RetriableException.class);

        assertThat(ledger.post(eft).alreadyPosted()).as("another instance leaves a fresh posting to its owner").isTrue();
        clock.advance(Duration.ofMinutes(3));
        RemittancePosting finished = ledger.post(eft);
        assertThat(finished.alreadyPosted()).isFalse();
        assertThat(finished.updated()).extracting(Claim::id).containsExactlyInAnyOrder("PK4001", "PK4002", "PK4003");
        assertThat(ledger.claims()).allSatisfy(c -> assertThat(c.paid()).isEqualTo(Money.usd("155.00")));
        assertThat(ledger.post(eft).alreadyPosted()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void usedAuthorizationUnitsSurviveARestartAndTwoInstancesNeverOverbook(String which) throws Exception {
        DataSource db = database(which);
        AuthorizationLedger one = authorizations(db);
        AuthorizationLedger two = authorizations(db);
        one.register(PriorAuthorization.builder().number("AUTH-5521-A").payerId("LKS01").clientId(RIVERA).clinicianId(WHITFIELD)
                .addCode("90837").approvedUnits(10).dates(LocalDate.of(2026, 11, 1), LocalDate.of(2027, 3, 31)).build());
        one.consume(session("appt-1"));
        one.consume(session("appt-1"));
        assertThat(authorizations(db).remaining("AUTH-5521-A")).as("a restarted instance sees the unit used once").isEqualTo(9);

        // eleven more sessions booked from two instances at once: exactly nine fit, two are blocked
        List<Callable<AuthorizationCheck>> bookings = new ArrayList<>();
        for (int i = 2; i <= 12; i++) {
            SessionRequest s = session("appt-" + i);
            AuthorizationLedger instance = i % 2 == 0 ? one : two;
            bookings.add(() -> instance.consume(s));
        }
        List<AuthorizationCheck> checks = race(bookings);
        assertThat(checks).filteredOn(AuthorizationCheck::blocksBooking).hasSize(2)
                .allSatisfy(c -> assertThat(c.problems()).contains(AuthorizationProblem.UNITS_EXCEEDED));
        assertThat(two.remaining("AUTH-5521-A")).isZero();

        AuthorizationLedger restarted = authorizations(db);
        assertThat(restarted.remaining("AUTH-5521-A")).isZero();
        assertThat(restarted.check(session("appt-13")).problems()).containsExactly(AuthorizationProblem.UNITS_EXCEEDED);
        assertThat(restarted.release("appt-1")).isTrue();
        assertThat(one.remaining("AUTH-5521-A")).as("a cancelled session frees its unit for every instance").isEqualTo(1);

        restarted.consume(session("appt-13"));
        restarted.consume(session("appt-14"), new StaffOverride("staff-kim", "extension requested 12/01"));
        assertThat(one.remaining("AUTH-5521-A")).isEqualTo(-1);
        assertThat(audit.all()).filteredOn(e -> e.action().equals("authorization.override"))
                .singleElement().extracting(AuditEvent::details)
                .satisfies(d -> assertThat(d).containsEntry("reason", "extension requested 12/01"));
    }

    private static SessionRequest session(String key) {
        return SessionRequest.of(key, RIVERA, WHITFIELD, "LKS01", "90837", LocalDate.of(2026, 12, 10));
    }

    @SafeVarargs
    private static <T> List<T> race(Callable<T>... work) throws Exception {
        return race(List.of(work));
    }

    private static <T> List<T> race(List<Callable<T>> work) throws Exception {
        CyclicBarrier start = new CyclicBarrier(work.size());
        ExecutorService pool = Executors.newFixedThreadPool(work.size());
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> w : work) {
                futures.add(pool.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    return w.call();
                }));
            }
            List<T> out = new ArrayList<>();
            for (Future<T> f : futures) {
                out.add(f.get(60, TimeUnit.SECONDS));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }
}
