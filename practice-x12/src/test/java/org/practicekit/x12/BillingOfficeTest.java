package org.practicekit.x12;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.practicekit.core.Sha256;
import org.practicekit.core.ValidationException;
import org.practicekit.core.billing.BillingOffice;
import org.practicekit.core.billing.CptSuggester;
import org.practicekit.core.billing.CptSuggestion;
import org.practicekit.core.billing.SessionFacts;
import org.practicekit.core.billing.auth.PriorAuthorization;
import org.practicekit.core.billing.claim.BillableSession;
import org.practicekit.core.billing.claim.Claim;
import org.practicekit.core.billing.claim.ClaimStatus;
import org.practicekit.core.billing.claim.RemittancePosting;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.core.inmemory.InMemoryEhr;
import org.practicekit.core.inmemory.StaffQueueEscalation;
import org.practicekit.core.model.Client;
import org.practicekit.core.model.Coverage;
import org.practicekit.core.model.Money;
import org.practicekit.core.model.PayerKind;
import org.practicekit.core.model.ServiceType;
import org.practicekit.core.spi.AuditEvent;
import org.practicekit.core.spi.EhrIntake;
import org.practicekit.core.spi.EhrNote;

/** From a signed session to a claim, an 837P and a posted remittance, every step audited without PHI. */
class BillingOfficeTest {
    private static final LocalDate SESSION = LocalDate.of(2026, 11, 30);

    private final Clock clock = Clock.fixed(BillingFixtures.CREATED, ZoneId.of("America/Chicago"));
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final InMemoryEhr ehr = new InMemoryEhr();
    private final StaffQueueEscalation staff = new StaffQueueEscalation();
    private final BillingOffice office = BillingOffice.builder().clock(clock).audit(audit).ehr(ehr).escalation(staff)
            .files(new X12ClaimFiles(BillingFixtures.PARTIES, BillingFixtures.PRACTICE)).addClinician(BillingFixtures.WHITFIELD)
            .fees(BillingFixtures.FEES).build();

    private void inEhr(Client client, Coverage coverage) {
        ehr.routeIntake(EhrIntake.builder().idempotencyKey("intake/" + client.id().value()).questionnaireId("intake")
                .client(client).coverage(coverage).submittedAt(BillingFixtures.CREATED).build());
    }

    private static BillableSession session(Client client, String noteId) {
        CptSuggestion s = CptSuggester.standard().suggest(SessionFacts.builder().serviceType(ServiceType.INDIVIDUAL)
                .minutes(55).payer(PayerKind.COMMERCIAL).build());
        String text = "Signed progress note " + noteId;
        EhrNote note = EhrNote.builder().noteId(noteId).clientId(client.id()).clinicianId(BillingFixtures.WHITFIELD.id())
                .signerDisplay("Dana Whitfield, LCSW").sessionDate(SESSION).signedAt(BillingFixtures.CREATED)
                .title("Progress note (SOAP)").content(text).contentSha256(Sha256.hex(text)).build();
        return BillableSession.builder().note(note).suggestion(s).confirmedCodes(s.codes()).addDiagnosis("F41.1").build();
    }

    @Test
    void aSignedSessionBecomesOneClaimHoweverOftenItIsOpenedWithItsAuthorizationNamed() {
        inEhr(BillingFixtures.RIVERA, BillingFixtures.LAKESHORE_RIVERA);
        office.authorizations().register(PriorAuthorization.builder().number("AUTH-5521-A").payerId("LKS01")
                .clientId(BillingFixtures.RIVERA.id()).clinicianId(BillingFixtures.WHITFIELD.id()).addCode("90837")
                .approvedUnits(10).dates(SESSION.minusDays(30), SESSION.plusDays(60)).build());

        Claim claim = office.claimFor(session(BillingFixtures.RIVERA, "pn-rivera-1130"));
        Claim again = office.claimFor(session(BillingFixtures.RIVERA, "pn-rivera-1130"));

        assertThat(again).isEqualTo(claim);
        assertThat(office.claims().claims()).hasSize(1);
        assertThat(claim.id()).isEqualTo(Claim.idFor("pn-rivera-1130", org.practicekit.core.billing.claim.ClaimFrequency.ORIGINAL));
        assertThat(claim.priorAuthorization()).contains("AUTH-5521-A");
        assertThat(claim.coverage()).isEqualTo(BillingFixtures.LAKESHORE_RIVERA);
        assertThat(claim.renderingNpi()).isEqualTo("1234567893");
        assertThat(claim.totalCharge()).isEqualTo(Money.usd("180.00"));
        assertThat(office.authorizations().remaining("AUTH-5521-A")).as("counted once").isEqualTo(9);
        assertThat(audit.all()).filteredOn(e -> e.action().equals("claim.opened")).singleElement()
                .satisfies(e -> assertThat(e.details()).containsEntry("charge", "180.00").containsEntry("claimId", claim.id()));
        assertThat(staff.pending()).isEmpty();
    }

    @Test
    void aSelfPayClientIsNotClaimedAndAnUncoveredSessionIsClaimedButShownToStaff() {
        ehr.routeIntake(EhrIntake.builder().idempotencyKey("intake/self-pay").questionnaireId("intake")
                .client(BillingFixtures.CHEN).submittedAt(BillingFixtures.CREATED).build());
        assertThatThrownBy(() -> office.claimFor(session(BillingFixtures.CHEN, "pn-chen-1130")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.hasProblemAt("coverage")).isTrue());

        BillingOffice strict = BillingOffice.builder().clock(clock).audit(audit).ehr(ehr).escalation(staff)
                .files(new X12ClaimFiles(BillingFixtures.PARTIES, BillingFixtures.PRACTICE)).addClinician(BillingFixtures.WHITFIELD)
                .fees(BillingFixtures.FEES).authorizations(org.practicekit.core.billing.auth.AuthorizationLedger.builder()
                        .clock(clock).requireAuthorizationFor("LKS01").build()).build();
        inEhr(BillingFixtures.RIVERA, BillingFixtures.LAKESHORE_RIVERA);
        Claim claim = strict.claimFor(session(BillingFixtures.RIVERA, "pn-rivera-1201"));
        assertThat(claim.priorAuthorization()).isEmpty();
        assertThat(staff.pending()).singleElement().satisfies(e -> {
            assertThat(e.category()).isEqualTo("billing.authorization");
            assertThat(e.summary()).contains(claim.id()).doesNotContain("Rivera");
        });
    }

    @Test
    void draftsGoOutAsOne837pAndARemittanceIsPostedOnceWithTheDenialFlagged() {
        inEhr(BillingFixtures.RIVERA, BillingFixtures.LAKESHORE_RIVERA);
        Claim claim = office.claimFor(session(BillingFixtures.RIVERA, "pn-rivera-1130"));

        BillingOffice.ClaimBatch batch = office.submitDrafts(31).orElseThrow();

        assertThat(batch.claimIds()).containsExactly(claim.id());
        assertThat(batch.x12()).contains("CLM*" + claim.id() + "*180***11:B:1", "DMG*D8*19880412*F~", "HI*ABK:F411~");
        assertThat(batch.toString()).doesNotContain("LKS884120033");
        assertThat(office.claims().claim(claim.id()).orElseThrow().status()).isEqualTo(ClaimStatus.SUBMITTED);
        assertThat(office.submitDrafts(32)).as("nothing left to send").isEmpty();

        String x835 = remittance(claim.id());
        RemittancePosting posting = office.post(x835);
        RemittancePosting again = office.post(x835);

        assertThat(posting.denials()).singleElement().satisfies(f -> assertThat(f.adjustment().label()).isEqualTo("CO-197"));
        assertThat(again.alreadyPosted()).isTrue();
        assertThat(office.claims().claim(claim.id()).orElseThrow().status()).isEqualTo(ClaimStatus.DENIED);
        assertThat(audit.all()).filteredOn(e -> e.action().equals("claim.denied")).singleElement()
                .satisfies(e -> assertThat(e.details()).containsEntry("denied", "180.00").containsEntry("paid", "0.00"));
        assertThat(audit.all()).extracting(AuditEvent::action).containsSubsequence("claim.opened", "claim.submitted",
                "claim.denied", "remittance.posted");
        assertThat(audit.all().toString()).doesNotContain("Rivera", "LKS884120033", "1988");
    }

    @Test
    void aClaimItsAuthorizationDoesNotCoverIsHeldOutOfThe837pUntilStaffOverride() {
        BillingOffice strict = BillingOffice.builder().clock(clock).audit(audit).ehr(ehr).escalation(staff)
                .files(new X12ClaimFiles(BillingFixtures.PARTIES, BillingFixtures.PRACTICE)).addClinician(BillingFixtures.WHITFIELD)
                .fees(BillingFixtures.FEES).authorizations(org.practicekit.core.billing.auth.AuthorizationLedger.builder()
                        .clock(clock).audit(audit).requireAuthorizationFor("LKS01").build()).build();
        inEhr(BillingFixtures.RIVERA, BillingFixtures.LAKESHORE_RIVERA);
        strict.authorizations().register(PriorAuthorization.builder().number("AUTH-1").payerId("LKS01")
                .clientId(BillingFixtures.RIVERA.id()).clinicianId(BillingFixtures.WHITFIELD.id()).addCode("90837")
                .approvedUnits(1).dates(SESSION.minusDays(30), SESSION.plusDays(30)).build());
        Claim covered = strict.claimFor(session(BillingFixtures.RIVERA, "pn-rivera-1"));
        Claim second = strict.claimFor(session(BillingFixtures.RIVERA, "pn-rivera-2"));

        BillingOffice.ClaimBatch batch = strict.submitDrafts(41).orElseThrow();
        assertThat(batch.claimIds()).as("the session over the approved units stays out").containsExactly(covered.id());
        assertThat(batch.x12()).doesNotContain("CLM*" + second.id());
        assertThat(strict.claims().claim(second.id()).orElseThrow().status()).isEqualTo(ClaimStatus.DRAFT);
        assertThat(staff.pending()).extracting(e -> e.category()).contains("billing.authorization");
        assertThat(audit.all()).filteredOn(e -> e.action().equals("claim.held-authorization")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.details()).containsEntry("problems", "UNITS_EXCEEDED"));
        assertThat(strict.submitDrafts(42)).as("still held").isEmpty();

        strict.authorizations().consume(org.practicekit.core.billing.auth.SessionRequest.of("pn-rivera-2",
                BillingFixtures.RIVERA.id(), BillingFixtures.WHITFIELD.id(), "LKS01", "90837", SESSION),
                new org.practicekit.core.billing.auth.StaffOverride("staff-kim", "retro extension approved by phone"));
        assertThat(strict.submitDrafts(43).orElseThrow().claimIds()).containsExactly(second.id());
    }

    @Test
    void aRemittanceWhoseClaimsDoNotAddUpToItsPaymentIsHeldForStaffUntilReviewed() {
        inEhr(BillingFixtures.RIVERA, BillingFixtures.LAKESHORE_RIVERA);
        Claim claim = office.claimFor(session(BillingFixtures.RIVERA, "pn-rivera-1130"));
        office.submitDrafts(51);
        String unbalanced = remittance(claim.id()).replace("BPR*H*0*C*NON", "BPR*H*50*C*NON");

        RemittancePosting held = office.post(unbalanced);

        assertThat(held.heldForReview()).isTrue();
        assertThat(held.updated()).isEmpty();
        assertThat(office.claims().claim(claim.id()).orElseThrow().status()).as("not posted").isEqualTo(ClaimStatus.SUBMITTED);
        assertThat(staff.pending()).filteredOn(e -> e.category().equals("billing.remittance")).singleElement()
                .satisfies(e -> assertThat(e.summary()).contains("LKS20261215").doesNotContain("Rivera"));
        assertThat(office.post(unbalanced).heldForReview()).as("still held on a retry").isTrue();

        var remittance = new RemittanceReader().read(
                new java.io.ByteArrayInputStream(unbalanced.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        RemittancePosting reviewed = office.postReviewed(remittance,
                new org.practicekit.core.billing.auth.StaffOverride("staff-kim", "payer confirmed the 50.00 is an interest payment"));
        assertThat(reviewed.heldForReview()).isFalse();
        assertThat(office.claims().claim(claim.id()).orElseThrow().status()).isEqualTo(ClaimStatus.DENIED);
        assertThat(audit.all()).filteredOn(e -> e.action().equals("remittance.posted-unbalanced")).singleElement()
                .satisfies(e -> assertThat(e.details()).containsEntry("reason", "payer confirmed the 50.00 is an interest payment"));
        assertThat(office.post(unbalanced).alreadyPosted()).isTrue();
    }

    @Test
    void eachTransactionOfAnInterchangeIsPostedOnItsOwnAndAnUnbalancedOneIsHeldWhileTheOtherPosts() {
        inEhr(BillingFixtures.RIVERA, BillingFixtures.LAKESHORE_RIVERA);
        Claim paid = office.claimFor(session(BillingFixtures.RIVERA, "pn-rivera-1130"));
        Claim denied = office.claimFor(session(BillingFixtures.RIVERA, "pn-rivera-1201"));
        office.submitDrafts(61);
        // One interchange, two payments from the same payer: a 150.00 EFT that adds up, and a check for 50.00
        // whose only claim was denied in full, so it does not add up.
        String x835 = interchange(List.of(
                List.of("ST*835*0001", "BPR*I*150*C*ACH************20261215", "TRN*1*LKS-EFT-881*1366000001",
                        "N1*PR*LAKESHORE HEALTH PLAN*XV*LKS01", "LX*1", "CLP*" + paid.id() + "*1*180*150*0*12*LKS881*11*1",
                        "SVC*HC:90837*180*150**1", "DTM*472*20261130", "CAS*CO*45*30"),
                List.of("ST*835*0002", "BPR*C*50*C*CHK************20261215", "TRN*1*LKS-CHK-882*1366000001",
                        "N1*PR*LAKESHORE HEALTH PLAN*XV*LKS01", "LX*1", "CLP*" + denied.id() + "*4*180*0*0*12*LKS882*11*1",
                        "SVC*HC:90837*180*0**1", "DTM*472*20261130", "CAS*CO*197*180", "LQ*HE*M62")));

        List<RemittancePosting> postings = office.postAll(x835);

        assertThat(postings).extracting(RemittancePosting::traceNumber).containsExactly("LKS-EFT-881", "LKS-CHK-882");
        assertThat(postings.get(0).heldForReview()).isFalse();
        assertThat(postings.get(0).updated()).extracting(Claim::id).containsExactly(paid.id());
        assertThat(postings.get(1).heldForReview()).isTrue();
        assertThat(office.claims().claim(paid.id()).orElseThrow().status()).isEqualTo(ClaimStatus.PAID);
        assertThat(office.claims().claim(paid.id()).orElseThrow().paid()).as("only its own claim payment")
                .isEqualTo(Money.usd("150.00"));
        assertThat(office.claims().claim(denied.id()).orElseThrow().status()).as("held, not posted")
                .isEqualTo(ClaimStatus.SUBMITTED);
        assertThat(staff.pending()).filteredOn(e -> e.category().equals("billing.remittance")).singleElement()
                .satisfies(e -> assertThat(e.summary()).contains("LKS-CHK-882").doesNotContain("LKS-EFT-881"));
        assertThat(audit.all()).filteredOn(e -> e.action().equals("remittance.posted")).singleElement()
                .satisfies(e -> assertThat(e.details()).containsEntry("trace", "LKS-EFT-881"));

        List<RemittancePosting> again = office.postAll(x835);
        assertThat(again.get(0).alreadyPosted()).as("the posted one is recognized by payer and trace").isTrue();
        assertThat(again.get(1).heldForReview()).as("the held one stays held").isTrue();
        assertThat(office.claims().claim(paid.id()).orElseThrow().paid()).isEqualTo(Money.usd("150.00"));
        assertThatThrownBy(() -> office.post(x835)).as("never only the first of two")
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.hasProblemAt("ST")).isTrue());
    }

    @Test
    void aTransactionThatCannotBeReadStopsTheWholeFileBeforeAnythingIsPosted() {
        inEhr(BillingFixtures.RIVERA, BillingFixtures.LAKESHORE_RIVERA);
        Claim claim = office.claimFor(session(BillingFixtures.RIVERA, "pn-rivera-1130"));
        office.submitDrafts(71);
        String x835 = interchange(List.of(
                List.of("ST*835*0001", "BPR*I*180*C*ACH************20261215", "TRN*1*LKS-EFT-901*1366000001",
                        "N1*PR*LAKESHORE HEALTH PLAN*XV*LKS01", "LX*1", "CLP*" + claim.id() + "*1*180*180*0*12*LKS901*11*1",
                        "SVC*HC:90837*180*180**1", "DTM*472*20261130"),
                List.of("ST*835*0002", "N1*PR*LAKESHORE HEALTH PLAN*XV*LKS01", "LX*1")));

        assertThatThrownBy(() -> office.postAll(x835)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.problems().toString()).contains("no BPR payment", "no TRN trace"));
        assertThat(office.claims().claim(claim.id()).orElseThrow().status()).isEqualTo(ClaimStatus.SUBMITTED);
    }

    /** An 835 interchange from Lakeshore carrying the given transactions (each without its SE, added here). */
    static String interchange(List<List<String>> transactions) {
        StringBuilder out = new StringBuilder("ISA*00*          *00*          *ZZ*LAKESHORE      *ZZ*MAINSTCOUNSEL  "
                + "*261215*1700*^*00501*000000032*0*P*:~\nGS*HP*LAKESHORE*MAINSTCOUNSEL*20261215*1700*32*X*005010X221A1~\n");
        for (List<String> body : transactions) {
            body.forEach(s -> out.append(s).append("~\n"));
            out.append("SE*").append(body.size() + 1).append("*").append(body.get(0).substring(7)).append("~\n");
        }
        return out.append("GE*").append(transactions.size()).append("*32~\nIEA*1*000000032~\n").toString();
    }

    @Test
    void aBuilderMissingPartsNamesEveryOne() {
        assertThatThrownBy(() -> BillingOffice.builder().build()).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.problems()).hasSize(7));
    }

    /** The payer's 835: the whole charge denied, no authorization on file (CO-197 with remark M62). */
    static String remittance(String claimId) {
        List<String> body = List.of("ST*835*0001", "BPR*H*0*C*NON************20261215", "TRN*1*LKS20261215*1366000001",
                "N1*PR*LAKESHORE HEALTH PLAN*XV*LKS01", "N1*PE*MAIN STREET COUNSELING LLC*XX*1588667638", "LX*1",
                "CLP*" + claimId + "*4*180*0*0*12*LKS2026121501*11*1", "SVC*HC:90837*180*0**1", "DTM*472*20261130",
                "CAS*CO*197*180", "LQ*HE*M62");
        StringBuilder out = new StringBuilder("ISA*00*          *00*          *ZZ*LAKESHORE      *ZZ*MAINSTCOUNSEL  "
                + "*261215*1700*^*00501*000000031*0*P*:~\nGS*HP*LAKESHORE*MAINSTCOUNSEL*20261215*1700*31*X*005010X221A1~\n");
        body.forEach(s -> out.append(s).append("~\n"));
        return out.append("SE*").append(body.size() + 1).append("*0001~\nGE*1*31~\nIEA*1*000000031~\n").toString();
    }
}
