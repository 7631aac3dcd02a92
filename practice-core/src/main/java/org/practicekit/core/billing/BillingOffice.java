package org.practicekit.core.billing;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.practicekit.core.Problems;
import org.practicekit.core.ValidationException;
import org.practicekit.core.billing.auth.AuthorizationAlert;
import org.practicekit.core.billing.auth.AuthorizationCheck;
import org.practicekit.core.billing.auth.AuthorizationLedger;
import org.practicekit.core.billing.auth.SessionRequest;
import org.practicekit.core.billing.auth.StaffOverride;
import org.practicekit.core.billing.claim.BillableSession;
import org.practicekit.core.billing.claim.Claim;
import org.practicekit.core.billing.claim.ClaimFrequency;
import org.practicekit.core.billing.claim.ClaimLedger;
import org.practicekit.core.billing.claim.ClaimStatus;
import org.practicekit.core.billing.claim.ClaimSubmission;
import org.practicekit.core.billing.claim.FilingAlert;
import org.practicekit.core.billing.claim.Remittance;
import org.practicekit.core.billing.claim.RemittancePosting;
import org.practicekit.core.billing.denial.DenialFlag;
import org.practicekit.core.model.Client;
import org.practicekit.core.model.Clinician;
import org.practicekit.core.model.ClinicianId;
import org.practicekit.core.model.Coverage;
import org.practicekit.core.model.Money;
import org.practicekit.core.spi.AuditEvent;
import org.practicekit.core.spi.AuditLog;
import org.practicekit.core.spi.EhrAdapter;
import org.practicekit.core.spi.Escalation;
import org.practicekit.core.spi.HumanEscalation;
import org.practicekit.core.spi.WorkflowStore;
import org.practicekit.core.store.InMemoryWorkflowStore;

/**
 * The practice's billing desk, from a signed note to money posted: {@link #claimFor} opens the claim for
 * a signed session (coverage read from the EHR, rendering NPI from the clinician, the prior
 * authorization counted and named on the claim), {@link #submitDrafts} writes every draft into one file
 * (an 837P through {@link ClaimFiles}) and marks it submitted, and {@link #post} reads a payer's 835 and
 * posts it, raising denial flags.
 * Every step is audited with ids and amounts, never names, so a practice owner's figures (billed, paid,
 * denied) can be counted from the audit log.
 *
 * <p>Retries are harmless: a claim's id is derived from its signed note, so opening it again finds the
 * same claim, and a payer's remittance posts once. Thread-safe; no threads of its own. Claims and
 * authorizations live in the {@link WorkflowStore} given to the builder (default: in memory), so every
 * instance over one database sees one ledger and a restart forgets nothing (see {@link ClaimLedger}).
 */
public final class BillingOffice {
    private final Clock clock;
    private final AuditLog audit;
    private final EhrAdapter ehr;
    private final HumanEscalation escalation;
    private final Map<ClinicianId, Clinician> clinicians;
    private final Map<String, Money> fees;
    private final ClaimFiles files;
    private final ClaimLedger claims;
    private final AuthorizationLedger authorizations;

    private BillingOffice(Builder b) {
        this.clock = b.clock;
        this.audit = b.audit;
        this.ehr = b.ehr;
        this.escalation = b.escalation;
        this.clinicians = Map.copyOf(b.clinicians);
        this.fees = Map.copyOf(b.fees);
        this.files = b.files;
        WorkflowStore store = b.store != null ? b.store : new InMemoryWorkflowStore(clock);
        this.claims = b.claims != null ? b.claims : ClaimLedger.builder().clock(clock).store(store).build();
        this.authorizations = b.authorizations != null ? b.authorizations
                : AuthorizationLedger.builder().clock(clock).audit(audit).store(store).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The claims and their lifecycle. */
    public ClaimLedger claims() {
        return claims;
    }

    /** Prior authorizations and the sessions that use them. */
    public AuthorizationLedger authorizations() {
        return authorizations;
    }

    /**
     * Opens (or finds again) the draft claim for a signed session. A session its authorization does not
     * cover still gets its claim, and staff are asked to look before it is sent.
     *
     * @throws ValidationException when the client has no coverage in the EHR (self-pay sessions are not
     *     claimed), the clinician is unknown to billing, or a confirmed code has no fee
     */
    public Claim claimFor(BillableSession session) {
        Objects.requireNonNull(session, "session == null");
        Optional<Coverage> coverage = ehr.readCoverage(session.clientId());
        Clinician clinician = clinicians.get(session.clinicianId());
        Problems p = Problems.of("claim for a signed session");
        p.require(coverage.isPresent(), "coverage", "the client has no insurance on file in the EHR; self-pay is not claimed");
        p.require(clinician != null, "clinician", "is not one of the practice's billing clinicians");
        p.throwIfAny();
        String claimId = Claim.idFor(session.noteId(), ClaimFrequency.ORIGINAL);
        boolean known = claims.claim(claimId).isPresent();
        AuthorizationCheck check = authorizations.consume(SessionRequest.of(session.noteId(), session.clientId(),
                session.clinicianId(), coverage.get().payerId(), session.primaryCode(), session.serviceDate()));
        Claim.Builder b = Claim.builder().billableSession(session, fees).renderingNpi(clinician.npi())
                .coverage(coverage.get()).createdAt(clock.instant());
        check.authorization().ifPresent(b::priorAuthorization);
        Claim claim = claims.open(b.build());
        if (!known) {
            record("claim.opened", claim, Map.of("noteId", session.noteId(), "charge", amount(claim.totalCharge()),
                    "codes", String.join(",", session.confirmedCodes())));
            if (check.blocksBooking()) {
                escalate(Escalation.builder().idempotencyKey("billing.authorization/" + claim.id())
                        .clientId(session.clientId()).urgency(Escalation.Urgency.ROUTINE).category("billing.authorization")
                        .summary("Claim " + claim.id() + " is not covered by a prior authorization as it stands: "
                                + check.problems() + ". Please check it before it is sent.")
                        .raisedAt(clock.instant()).build());
            }
        }
        return claim;
    }

    /**
     * The 837P file that went to the clearinghouse, and the claims it carried.
     *
     * @param controlNumber the interchange control number (the same number for a re-sent file)
     * @param x12 the interchange text
     * @param claimIds the claims it carried, now submitted
     */
    public record ClaimBatch(int controlNumber, String x12, List<String> claimIds) {
        public ClaimBatch {
            Objects.requireNonNull(x12, "x12 == null");
            claimIds = List.copyOf(claimIds);
        }

        /** The member ids and names inside are PHI: only the counts show. */
        @Override
        public String toString() {
            return "ClaimBatch[" + controlNumber + ", " + claimIds.size() + " claims]";
        }
    }

    /**
     * Whether a draft stays out of the 837P because its prior authorization does not cover it (units
     * used up, expired, code or clinician not covered, none on file where the payer needs one) and no
     * staff member overrode. Staff are asked to look (once per claim) and the hold is audited; the claim
     * goes out with the next batch once an extension is registered or staff override.
     */
    private boolean heldForAuthorization(Claim c) {
        String code = c.lines().get(0).code();
        SessionRequest session = SessionRequest.of(c.noteId(), c.clientId(), c.renderingClinician(), c.coverage().payerId(),
                code, c.serviceDate());
        AuthorizationCheck check = authorizations.check(session);
        if (!check.blocksBooking() || authorizations.overridden(c.noteId())) {
            return false;
        }
        record("claim.held-authorization", c, Map.of("problems",
                String.join(",", check.problems().stream().map(Enum::name).toList())));
        escalate(Escalation.builder().idempotencyKey("billing.authorization-hold/" + c.id()).clientId(c.clientId())
                .urgency(Escalation.Urgency.ROUTINE).category("billing.authorization")
                .summary("Claim " + c.id() + " was held back from the 837P: its prior authorization does not cover it ("
                        + check.problems() + "). Register the extension or override, and it goes with the next batch.")
                .raisedAt(clock.instant()).build());
        return true;
    }

    /**
     * Writes every draft claim into one 837P interchange and marks each one submitted. A draft its
     * prior authorization does not cover, with no staff override, is held back (see the billing docs). Clients are read
     * from the EHR (the 837P needs their birth date, address and sex).
     *
     * @return the batch, or empty when there is no draft
     * @throws ValidationException naming every problem across the claims; nothing is marked submitted then
     */
    public Optional<ClaimBatch> submitDrafts(int controlNumber) {
        List<ClaimSubmission> batch = new ArrayList<>();
        Problems p = Problems.of("claim batch");
        for (Claim c : claims.claims()) {
            if (c.status() != ClaimStatus.DRAFT || heldForAuthorization(c)) {
                continue;
            }
            Optional<Client> client = ehr.findClient(c.clientId());
            if (p.require(client.isPresent(), "claims[" + c.id() + "].client", "is not in the EHR")) {
                batch.add(new ClaimSubmission(c, client.get(), clinicians.get(c.renderingClinician())));
            }
        }
        p.throwIfAny();
        if (batch.isEmpty()) {
            return Optional.empty();
        }
        String x12 = files.write(batch, controlNumber, clock.instant().atZone(clock.getZone()));
        List<String> ids = new ArrayList<>();
        for (ClaimSubmission s : batch) {
            Claim submitted = claims.submit(s.claim().id());
            ids.add(submitted.id());
            record("claim.submitted", submitted, Map.of("charge", amount(submitted.totalCharge()),
                    "controlNumber", Integer.toString(controlNumber)));
        }
        return Optional.of(new ClaimBatch(controlNumber, x12, ids));
    }

    /**
     * Posts an 835 that carries one transaction, read from its text; see {@link #post(Remittance)}.
     *
     * @throws ValidationException when the file cannot be read or carries several transactions (post those
     *     with {@link #postAll}); nothing is posted then
     */
    public RemittancePosting post(String x835) {
        Objects.requireNonNull(x835, "x835 == null");
        return post(files.read(new ByteArrayInputStream(x835.getBytes(StandardCharsets.UTF_8))));
    }

    /**
     * Posts every remittance of a file (each 835 transaction of an interchange) on its own, in file order:
     * each has its own payment, trace and "already posted" key by payer and trace, and its own balance
     * check, so an unbalanced one is held for staff while the balanced ones post. Posting the file again
     * changes nothing.
     *
     * @return one posting per remittance, in file order
     * @throws ValidationException when any part of the file cannot be read; nothing is posted then
     */
    public List<RemittancePosting> postAll(String x835) {
        Objects.requireNonNull(x835, "x835 == null");
        List<Remittance> remittances = files.readAll(new ByteArrayInputStream(x835.getBytes(StandardCharsets.UTF_8)));
        List<RemittancePosting> postings = new ArrayList<>();
        for (Remittance r : remittances) {
            postings.add(post(r));
        }
        return List.copyOf(postings);
    }

    /**
     * Posts a remittance: each claim moves to paid, partially paid or denied, amounts are added, and each
     * adjustment raises a flag (see {@link ClaimLedger#post}). Posting the same payer's trace again changes
     * nothing. A remittance that does not balance is not posted: it is audited
     * ({@code remittance.held-unbalanced}) and staff are asked to review it, then {@link #postReviewed} posts it.
     */
    public RemittancePosting post(Remittance remittance) {
        RemittancePosting posting = claims.post(remittance);
        if (posting.heldForReview()) {
            audit.record(new AuditEvent(clock.instant(), "practicekit", "remittance.held-unbalanced", "", "billing", Set.of(),
                    Map.of("trace", posting.traceNumber(), "payerId", remittance.payerId(),
                            "payment", amount(remittance.payment()), "claims", Integer.toString(remittance.claims().size()))));
            escalate(Escalation.builder().idempotencyKey("billing.remittance-unbalanced/" + remittance.payerId() + "/"
                    + remittance.traceNumber()).urgency(Escalation.Urgency.ROUTINE).category("billing.remittance")
                    .summary("Remittance " + remittance.traceNumber() + " from payer " + remittance.payerId()
                            + " does not balance (its claim payments do not add up to the payment of "
                            + amount(remittance.payment()) + "); it was not posted. Review it with the payer, then post it"
                            + " as reviewed.")
                    .raisedAt(clock.instant()).build());
            return posting;
        }
        return recordPosting(posting);
    }

    /**
     * Posts a remittance staff reviewed although it does not balance; the staff member and reason are
     * audited ({@code remittance.posted-unbalanced}). Posting it again changes nothing.
     */
    public RemittancePosting postReviewed(Remittance remittance, StaffOverride reviewedBy) {
        Objects.requireNonNull(reviewedBy, "reviewedBy == null");
        RemittancePosting posting = claims.postReviewed(remittance);
        if (!posting.alreadyPosted() && !posting.balanced()) {
            audit.record(new AuditEvent(clock.instant(), reviewedBy.staffId(), "remittance.posted-unbalanced", "", "billing",
                    Set.of(), Map.of("trace", posting.traceNumber(), "payerId", remittance.payerId(), "reason",
                            reviewedBy.reason())));
        }
        return recordPosting(posting);
    }

    private RemittancePosting recordPosting(RemittancePosting posting) {
        if (posting.alreadyPosted()) {
            return posting;
        }
        for (Claim c : posting.updated()) {
            Money denied = Money.zero();
            for (DenialFlag f : posting.denials()) {
                if (f.claimId().equals(c.id())) {
                    denied = denied.plus(f.amount());
                }
            }
            record("claim." + c.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), c,
                    Map.of("paid", amount(c.paid()), "denied", amount(denied), "patient", amount(c.patientResponsibility()),
                            "trace", posting.traceNumber()));
        }
        audit.record(new AuditEvent(clock.instant(), "practicekit", "remittance.posted", "", "billing", Set.of(),
                Map.of("trace", posting.traceNumber(), "claims", Integer.toString(posting.updated().size()),
                        "unmatched", Integer.toString(posting.unmatchedClaimIds().size()),
                        "balanced", Boolean.toString(posting.balanced()))));
        return posting;
    }

    /** Claims near or past their filing deadline, soonest first. */
    public List<FilingAlert> filingAlerts(Instant now) {
        return claims.due(now);
    }

    /** Authorizations running low or ending soon. */
    public List<AuthorizationAlert> authorizationAlerts(Instant now) {
        return authorizations.due(now);
    }

    private void record(String action, Claim c, Map<String, String> details) {
        Map<String, String> d = new LinkedHashMap<>(details);
        d.put("claimId", c.id());
        d.put("payerId", c.coverage().payerId());
        audit.record(new AuditEvent(clock.instant(), "practicekit", action, c.clientId().value(), "billing",
                Set.of(), d));
    }

    private void escalate(Escalation e) {
        escalation.escalate(e);
        audit.record(AuditEvent.escalationRaised(clock.instant(), e));
    }

    /** Amounts as plain decimals ("180.00"): not PHI, and what an owner's report adds up. */
    static String amount(Money m) {
        return m.amount().toPlainString();
    }

    /**
     * Builds a {@link BillingOffice}. Required: clock, audit, ehr, escalation, the claim files (837P and
     * 835 through practice-x12), at least one clinician and a fee schedule; {@link #build()} names every missing
     * part at once. Defaults: new ledgers on the same clock (authorization overrides audited).
     */
    public static final class Builder {
        private Clock clock;
        private AuditLog audit;
        private EhrAdapter ehr;
        private HumanEscalation escalation;
        private final Map<ClinicianId, Clinician> clinicians = new HashMap<>();
        private final Map<String, Money> fees = new HashMap<>();
        private ClaimFiles files;
        private ClaimLedger claims;
        private AuthorizationLedger authorizations;
        private WorkflowStore store;

        private Builder() {
        }

        /** Where the default ledgers keep claims, remittances and authorizations (default: a new in-memory store). */
        public Builder store(WorkflowStore store) {
            this.store = Objects.requireNonNull(store, "store == null");
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock == null");
            return this;
        }

        public Builder audit(AuditLog audit) {
            this.audit = Objects.requireNonNull(audit, "audit == null");
            return this;
        }

        /** Where coverage and client details for claims are read. */
        public Builder ehr(EhrAdapter ehr) {
            this.ehr = Objects.requireNonNull(ehr, "ehr == null");
            return this;
        }

        /** Who is asked to look at a claim its authorization does not cover. */
        public Builder escalation(HumanEscalation escalation) {
            this.escalation = Objects.requireNonNull(escalation, "escalation == null");
            return this;
        }

        /** A clinician who renders billed sessions (NPI, name for the 837P). */
        public Builder addClinician(Clinician clinician) {
            clinicians.put(Objects.requireNonNull(clinician, "clinician == null").id(), clinician);
            return this;
        }

        public Builder addClinicians(List<Clinician> list) {
            list.forEach(this::addClinician);
            return this;
        }

        /** The charge per unit of each CPT code the practice bills. */
        public Builder fees(Map<String, Money> feePerUnit) {
            fees.putAll(Objects.requireNonNull(feePerUnit, "feePerUnit == null"));
            return this;
        }

        /**
         * How claims are written and remittances read: {@code new X12ClaimFiles(parties, provider)} from
         * practice-x12 for the 837P and 835 a clearinghouse takes.
         */
        public Builder files(ClaimFiles files) {
            this.files = Objects.requireNonNull(files, "files == null");
            return this;
        }

        /** A ledger of the host's; default a new one on {@link #store(WorkflowStore)}. */
        public Builder claims(ClaimLedger claims) {
            this.claims = Objects.requireNonNull(claims, "claims == null");
            return this;
        }

        public Builder authorizations(AuthorizationLedger authorizations) {
            this.authorizations = Objects.requireNonNull(authorizations, "authorizations == null");
            return this;
        }

        /** @throws ValidationException naming every missing part at once */
        public BillingOffice build() {
            Problems p = Problems.of("billing office");
            p.require(clock != null, "clock", "is required");
            p.require(audit != null, "audit", "is required");
            p.require(ehr != null, "ehr", "is required");
            p.require(escalation != null, "escalation", "is required");
            p.require(files != null, "files", "is required (X12ClaimFiles in practice-x12 for the 837P and 835)");
            p.require(!clinicians.isEmpty(), "clinicians", "at least one billing clinician is required");
            p.require(!fees.isEmpty(), "fees", "a fee schedule is required");
            p.throwIfAny();
            return new BillingOffice(this);
        }
    }
}
