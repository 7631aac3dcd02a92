package org.practicekit.x12;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practicekit.core.ValidationException;
import org.practicekit.core.billing.CptLine;
import org.practicekit.core.billing.claim.AgingBucket;
import org.practicekit.core.billing.claim.AgingReport;
import org.practicekit.core.billing.claim.Claim;
import org.practicekit.core.billing.claim.ClaimFrequency;
import org.practicekit.core.billing.claim.ClaimLedger;
import org.practicekit.core.billing.claim.ClaimLine;
import org.practicekit.core.billing.claim.ClaimPayment;
import org.practicekit.core.billing.claim.ClaimStatus;
import org.practicekit.core.billing.claim.Remittance;
import org.practicekit.core.billing.claim.RemittancePosting;
import org.practicekit.core.billing.claim.ServicePayment;
import org.practicekit.core.billing.claim.StatusChange;
import org.practicekit.core.billing.claim.TimelyFiling;
import org.practicekit.core.billing.denial.DenialCategory;
import org.practicekit.core.billing.denial.DenialFlag;
import org.practicekit.core.model.Money;
import org.practicekit.testing.TestClock;

class RemittancePostingTest {
    private final TestClock clock = TestClock.at("2026-12-03T15:00:00Z");
    private ClaimLedger ledger;

    @BeforeEach
    void openAndSubmit() {
        ledger = ClaimLedger.builder().clock(clock).build();
        for (Claim c : new Claim[] {BillingFixtures.riveraClaim(), BillingFixtures.chenClaim(), BillingFixtures.okonkwoClaim(),
                BillingFixtures.lindqvistClaim(), riveraEvaluation()}) {
            ledger.open(c);
            ledger.submit(c.id());
        }
    }

    private static Claim riveraEvaluation() {
        return Claim.builder().id("PK1005").noteId("note-rivera-1202").clientId(BillingFixtures.RIVERA.id())
                .renderingClinician(BillingFixtures.WHITFIELD.id(), BillingFixtures.WHITFIELD.npi())
                .coverage(BillingFixtures.LAKESHORE_RIVERA).serviceDate(LocalDate.of(2026, 12, 2)).placeOfService("11")
                .addDiagnosis("F41.1").addLine(ClaimLine.of(CptLine.of("90791"), Money.usd("200.00")))
                .createdAt(BillingFixtures.CREATED).build();
    }

    private static Remittance lakeshore() throws Exception {
        try (InputStream in = RemittancePostingTest.class.getResourceAsStream("/org/practicekit/x12/lakeshore-remittance-835.edi")) {
            return new RemittanceReader().read(in);
        }
    }

    @Test
    void theRemittanceIsReadWithItsPaymentTraceAndClaims() throws Exception {
        Remittance r = lakeshore();
        assertThat(r.payment()).isEqualTo(Money.usd("221.50"));
        assertThat(r.traceNumber()).isEqualTo("EFT20261218001");
        assertThat(r.payerName()).isEqualTo("LAKESHORE HEALTH PLAN");
        assertThat(r.paymentDate()).isEqualTo(LocalDate.of(2026, 12, 18));
        assertThat(r.claims()).extracting(ClaimPayment::claimId).containsExactly("PK1001", "PK1002", "PK1003", "PK1005");
        assertThat(r.claims().get(1).services()).extracting(ServicePayment::code).containsExactly("90834", "90785");
        assertThat(r.claims().get(1).services().get(0).modifiers()).containsExactly("95");
        assertThat(r.providerAdjustments()).singleElement().satisfies(p -> assertThat(p.amount()).isEqualTo(Money.usd("-1.50")));
        assertThat(r.balances()).as("sum of CLP04 less PLB equals BPR02").isTrue();
    }

    @Test
    void paidPartiallyPaidAndDeniedClaimsMoveAndRaiseTheRightFlags() throws Exception {
        RemittancePosting posting = ledger.post(lakeshore());

        assertThat(posting.alreadyPosted()).isFalse();
        assertThat(posting.unmatchedClaimIds()).isEmpty();
        Claim paid = ledger.claim("PK1001").orElseThrow();
        assertThat(paid.status()).isEqualTo(ClaimStatus.PAID);
        assertThat(paid.paid()).isEqualTo(Money.usd("120.00"));
        assertThat(paid.patientResponsibility()).isEqualTo(Money.usd("20.00"));
        assertThat(paid.writtenOff()).isEqualTo(Money.usd("40.00"));
        assertThat(paid.outstanding().isZero()).isTrue();
        assertThat(paid.payerClaimNumber()).hasValue("LKS26350001234");
        assertThat(paid.flags()).noneMatch(DenialFlag::isDenial);

        Claim partial = ledger.claim("PK1002").orElseThrow();
        assertThat(partial.status()).isEqualTo(ClaimStatus.PARTIALLY_PAID);
        assertThat(partial.outstanding()).isEqualTo(Money.usd("30.00"));
        DenialFlag bundled = partial.flags().stream().filter(DenialFlag::isDenial).findFirst().orElseThrow();
        assertThat(bundled.serviceCode()).isEqualTo("90785");
        assertThat(bundled.adjustment().label()).isEqualTo("CO-97");
        assertThat(bundled.adjustment().remarkCodes()).containsExactly("N20");
        assertThat(bundled.category()).isEqualTo(DenialCategory.CODING);
        assertThat(bundled.action()).contains("NCCI", "Do not bill the client");

        Claim noAuth = ledger.claim("PK1003").orElseThrow();
        assertThat(noAuth.status()).isEqualTo(ClaimStatus.DENIED);
        assertThat(noAuth.flags()).singleElement().satisfies(f -> {
            assertThat(f.category()).isEqualTo(DenialCategory.AUTHORIZATION);
            assertThat(f.action()).contains("retro-authorization");
            assertThat(f.amount()).isEqualTo(Money.usd("150.00"));
        });

        Claim missingInfo = ledger.claim("PK1005").orElseThrow();
        assertThat(missingInfo.status()).isEqualTo(ClaimStatus.DENIED);
        assertThat(missingInfo.flags()).singleElement().satisfies(f -> {
            assertThat(f.adjustment().label()).isEqualTo("CO-16");
            assertThat(f.category()).as("CO-16 takes its category from remark M76").isEqualTo(DenialCategory.CODING);
            assertThat(f.action()).contains("M76", "ICD-10");
        });

        assertThat(ledger.claim("PK1004").orElseThrow().status()).as("not in this remittance").isEqualTo(ClaimStatus.SUBMITTED);
        assertThat(posting.denials()).extracting(f -> f.adjustment().label()).containsExactly("CO-97", "CO-197", "CO-16");
    }

    @Test
    void postingTheSameRemittanceTwiceChangesNothing() throws Exception {
        ledger.post(lakeshore());
        Claim before = ledger.claim("PK1001").orElseThrow();
        RemittancePosting again = ledger.post(lakeshore());
        assertThat(again.alreadyPosted()).isTrue();
        assertThat(again.updated()).isEmpty();
        assertThat(ledger.claim("PK1001").orElseThrow()).isEqualTo(before);
    }

    @Test
    void claimsTheLedgerDoesNotHoldAreListedForStaff() throws Exception {
        ClaimLedger partial = ClaimLedger.builder().clock(clock).build();
        partial.open(BillingFixtures.riveraClaim());
        partial.submit("PK1001");
        RemittancePosting posting = partial.post(lakeshore());
        assertThat(posting.unmatchedClaimIds()).containsExactly("PK1002", "PK1003", "PK1005");
        assertThat(posting.updated()).extracting(Claim::id).containsExactly("PK1001");
    }

    @Test
    void agingCountsOutstandingClaimsFromFirstSubmission() throws Exception {
        ledger.post(lakeshore());
        AgingReport aging = ledger.aging(LocalDate.of(2027, 1, 20));
        assertThat(aging.count(AgingBucket.DAYS_31_60)).isEqualTo(4);
        assertThat(aging.amount(AgingBucket.DAYS_31_60)).isEqualTo(Money.usd("800.00"));
        assertThat(aging.count(AgingBucket.DAYS_0_30)).isZero();
        assertThat(ledger.aging(LocalDate.of(2027, 4, 30)).count(AgingBucket.OVER_120)).isEqualTo(4);
    }

    @Test
    void theLifecycleRefusesImpossibleMoves() throws Exception {
        ledger.post(lakeshore());
        assertThat(ledger.move("PK1003", ClaimStatus.APPEALED, "retro-authorization requested").status())
                .isEqualTo(ClaimStatus.APPEALED);
        assertThatThrownBy(() -> ledger.move("PK1001", ClaimStatus.SUBMITTED, "again"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.hasProblemAt("status")).isTrue());
        assertThat(ledger.claim("PK1003").orElseThrow().history()).extracting(StatusChange::to)
                .containsExactly(ClaimStatus.SUBMITTED, ClaimStatus.DENIED, ClaimStatus.APPEALED);
    }

    @Test
    void openingTheSameClaimTwiceIsHarmlessAndTheIdComesFromTheNote() {
        Claim draft = BillingFixtures.riveraClaim().toBuilder().id(Claim.idFor("note-x", ClaimFrequency.ORIGINAL)).build();
        ClaimLedger fresh = ClaimLedger.builder().clock(clock).build();
        assertThat(fresh.open(draft)).isEqualTo(fresh.open(draft)).isEqualTo(draft);
        assertThat(fresh.claims()).hasSize(1);
        assertThat(Claim.idFor("note-x", ClaimFrequency.ORIGINAL)).isEqualTo(Claim.idFor("note-x", ClaimFrequency.ORIGINAL))
                .hasSize(20).isNotEqualTo(Claim.idFor("note-x", ClaimFrequency.REPLACEMENT));
        Claim other = draft.toBuilder().addDiagnosis("F43.10").build();
        assertThatThrownBy(() -> fresh.open(other)).isInstanceOf(ValidationException.class);
    }

    @Test
    void draftsNearTheirFilingDeadlineAreDue() {
        ClaimLedger fresh = ClaimLedger.builder().clock(clock).build();
        Claim late = BillingFixtures.riveraClaim().toBuilder().id("PK2001").serviceDate(LocalDate.of(2026, 9, 10)).build();
        Claim early = BillingFixtures.riveraClaim().toBuilder().id("PK2002").serviceDate(LocalDate.of(2026, 12, 1)).build();
        fresh.open(late);
        fresh.open(early);
        assertThat(fresh.filingDeadline(late)).isEqualTo(LocalDate.of(2026, 12, 9));
        assertThat(fresh.due(clock.instant())).singleElement().satisfies(a -> {
            assertThat(a.claimId()).isEqualTo("PK2001");
            assertThat(a.daysLeft()).isEqualTo(6);
        });
        clock.advance(Duration.ofDays(10));
        assertThat(fresh.due(clock.instant())).singleElement().satisfies(a -> assertThat(a.isPast()).isTrue());
        ClaimLedger medicare = ClaimLedger.builder().clock(clock)
                .timelyFiling(TimelyFiling.standard().withPayerLimit("LKS01", 180)).build();
        assertThat(medicare.filingDeadline(late)).isEqualTo(LocalDate.of(2027, 3, 9));
    }

    @Test
    void aClaimNeedsANoteLinesAndValidCodes() {
        assertThatThrownBy(() -> Claim.builder().addDiagnosis("41.1").build())
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.hasProblemAt("noteId")).isTrue();
                    assertThat(e.hasProblemAt("coverage")).isTrue();
                    assertThat(e.hasProblemAt("diagnosisCodes[0]")).isTrue();
                    assertThat(e.hasProblemAt("lines")).isTrue();
                });
    }
}
