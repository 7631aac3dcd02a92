package org.practicekit.core.billing.claim;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.practicekit.core.FieldProblem;
import org.practicekit.core.Problems;
import org.practicekit.core.ValidationException;
import org.practicekit.core.VersionConflictException;
import org.practicekit.core.billing.denial.Adjustment;
import org.practicekit.core.billing.denial.AdjustmentGroup;
import org.practicekit.core.billing.denial.DenialCatalog;
import org.practicekit.core.billing.denial.DenialCategory;
import org.practicekit.core.billing.denial.DenialFlag;
import org.practicekit.core.model.Money;
import org.practicekit.core.spi.NextDue;
import org.practicekit.core.spi.StoredRecord;
import org.practicekit.core.spi.WorkflowStore;
import org.practicekit.core.store.InMemoryWorkflowStore;
import org.practicekit.core.store.StoredFields;

/**
 * The practice's claims and their lifecycle: opens drafts (idempotent on the claim id), moves them
 * through submission and adjudication, posts remittances (idempotent on the payer and trace number)
 * which move claims to paid, partially paid or denied and raise {@link DenialFlag}s, reports aging, and
 * returns timely-filing alerts from {@link #due(Instant)}.
 *
 * <p>State lives in the {@link WorkflowStore} (default: in memory), one record per claim and one per
 * posted remittance, with the same guarantees as intake: every change is an optimistic update that is
 * re-read and applied again when another instance got there first, so several app instances over one
 * database see one ledger and a restart forgets nothing. A remittance is first recorded as being
 * posted, then applied claim by claim (each claim remembers which remittances it carries, so a
 * repeat never adds a payment twice), then marked posted: a crash in between is finished by the next
 * {@link #post} of the same remittance. Thread-safe; holds no threads; time from the injected clock.
 */
public final class ClaimLedger {
    static final String CLAIM = "claim";
    static final String REMITTANCE = "remittance";
    /** How long a posting another instance started is left to finish before this one takes it over. */
    private static final Duration POSTING_TAKEOVER = Duration.ofMinutes(2);
    private static final int MAX_ATTEMPTS = 50;

    private final Clock clock;
    private final WorkflowStore store;
    private final TimelyFiling timelyFiling;
    private final DenialCatalog catalog;
    private final int filingAlertDays;

    private ClaimLedger(Builder b) {
        this.clock = b.clock;
        this.store = b.store != null ? b.store : new InMemoryWorkflowStore(b.clock);
        this.timelyFiling = b.timelyFiling;
        this.catalog = b.catalog;
        this.filingAlertDays = b.filingAlertDays;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Adds a draft claim. Opening the same claim again, from this instance or another, returns the one
     * held (a retry is harmless).
     *
     * @throws ValidationException when the claim is not a draft, or another claim already has its id
     */
    public Claim open(Claim draft) {
        Objects.requireNonNull(draft, "draft == null");
        for (int attempt = 1; ; attempt++) {
            Optional<ClaimRecords.Stored> held = read(draft.id());
            if (held.isPresent()) {
                if (held.get().claim().sameContentsAs(draft)) {
                    return held.get().claim();
                }
                throw problem("id", "another claim already has this id");
            }
            if (draft.status() != ClaimStatus.DRAFT) {
                throw problem("status", "only a draft can be opened");
            }
            try {
                store.insert(CLAIM, draft.id(), ClaimRecords.encode(draft, List.of()), nextDue(draft));
                return draft;
            } catch (VersionConflictException openedElsewhere) {
                retryOrGiveUp(attempt, openedElsewhere);
            }
        }
    }

    /** Marks a claim submitted (sent to the clearinghouse). */
    public Claim submit(String claimId) {
        return move(claimId, ClaimStatus.SUBMITTED, "submitted");
    }

    /**
     * Moves a claim in its lifecycle (accepted, rejected, appealed, written off...).
     *
     * @throws ValidationException for an unknown claim or a move the lifecycle does not allow
     */
    public Claim move(String claimId, ClaimStatus target, String reason) {
        Objects.requireNonNull(claimId, "claimId == null");
        for (int attempt = 1; ; attempt++) {
            StoredRecord rec = store.read(CLAIM, claimId).orElseThrow(() -> problem("claimId", "no such claim"));
            ClaimRecords.Stored held = ClaimRecords.decode(rec.payload());
            Claim moved = held.claim().moveTo(target, clock.instant(), reason);
            try {
                store.update(CLAIM, claimId, rec.version(), ClaimRecords.encode(moved, held.appliedRemittances()),
                        nextDue(moved));
                return moved;
            } catch (VersionConflictException changedElsewhere) {
                retryOrGiveUp(attempt, changedElsewhere);
            }
        }
    }

    public Optional<Claim> claim(String claimId) {
        return read(Objects.requireNonNull(claimId, "claimId == null")).map(ClaimRecords.Stored::claim);
    }

    /** Every claim, in the order opened (by creation time, then id). */
    public List<Claim> claims() {
        List<Claim> all = new ArrayList<>();
        for (StoredRecord r : store.list(CLAIM)) {
            all.add(ClaimRecords.decode(r.payload()).claim());
        }
        all.sort(Comparator.comparing(Claim::createdAt).thenComparing(Claim::id));
        return List.copyOf(all);
    }

    /** The last day the claim may be filed with its payer. */
    public LocalDate filingDeadline(Claim claim) {
        return timelyFiling.deadline(claim.coverage(), claim.serviceDate());
    }

    /**
     * Posts a remittance: each claim payment moves its claim (paid, partially paid or denied), adds the
     * amounts and raises a flag per adjustment. A remittance whose claim payments less provider
     * adjustments do not add up to its payment is not posted: the result says
     * {@link RemittancePosting#heldForReview()} and nothing changes until staff {@link #postReviewed post it}. Claims the ledger does not hold, or that cannot move
     * (e.g. never submitted), are listed as unmatched for staff. Posting the same payer's trace number
     * again, from any instance, changes nothing; another payer's remittance with the same trace number
     * is posted on its own.
     */
    public RemittancePosting post(Remittance remittance) {
        Objects.requireNonNull(remittance, "remittance == null");
        if (!remittance.balances()) {
            boolean posted = store.read(REMITTANCE, remittanceKey(remittance)).isPresent();
            // the claims do not add up to the payment: posting it would put wrong amounts on claims
            return new RemittancePosting(remittance.traceNumber(), List.of(), List.of(), List.of(), false, posted, !posted);
        }
        return apply(remittance);
    }

    /**
     * Posts a remittance staff reviewed although its claim payments do not add up to its payment (for
     * example a payer's rounding they accept); a balanced one posts as {@link #post} does. Idempotent on
     * the payer and trace number like {@link #post}. The caller audits who decided and why.
     */
    public RemittancePosting postReviewed(Remittance remittance) {
        return apply(Objects.requireNonNull(remittance, "remittance == null"));
    }

    private RemittancePosting apply(Remittance remittance) {
        String key = remittanceKey(remittance);
        RemittancePosting nothing = new RemittancePosting(remittance.traceNumber(), List.of(), List.of(), List.of(),
                remittance.balances(), true);
        StoredRecord posting = startPosting(key);
        if (posting == null) {
            return nothing;
        }
        Instant now = clock.instant();
        List<Claim> changed = new ArrayList<>();
        List<DenialFlag> allFlags = new ArrayList<>();
        List<String> unmatched = new ArrayList<>();
        for (int i = 0; i < remittance.claims().size(); i++) {
            // one remittance may pay the same claim twice (two CLP loops): each payment is applied once
            apply(remittance, key + "#" + i, remittance.claims().get(i), now, changed, allFlags, unmatched);
        }
        try {
            store.update(REMITTANCE, key, posting.version(), StoredFields.create().put("status", "POSTED")
                    .put("trace", remittance.traceNumber()).put("payerId", remittance.payerId())
                    .put("claims", changed.size()).put("unmatched", unmatched.size()).encode(), NextDue.closed());
        } catch (VersionConflictException takenOver) {
            // another instance took over a posting it thought stalled and finishes it; the claims are
            // idempotent on the remittance, so both ends agree
        }
        return new RemittancePosting(remittance.traceNumber(), changed, allFlags, unmatched, remittance.balances(), false);
    }

    /** The store key of a remittance: the payer and the trace number, since trace numbers are only unique per payer. */
    static String remittanceKey(Remittance r) {
        String raw = r.payerId() + "|" + r.traceNumber();
        return raw.length() <= 120 ? raw : raw.substring(0, 56) + "#" + org.practicekit.core.Sha256.hex(raw);
    }

    /** The posting record this call may apply, or null when the remittance is posted or being posted elsewhere. */
    private StoredRecord startPosting(String key) {
        String posting = StoredFields.create().put("status", "POSTING").put("startedAt", clock.instant().toString()).encode();
        for (int attempt = 1; ; attempt++) {
            Optional<StoredRecord> rec = store.read(REMITTANCE, key);
            try {
                if (rec.isEmpty()) {
                    return store.insert(REMITTANCE, key, posting, NextDue.closed());
                }
                StoredFields f = StoredFields.decode(rec.get().payload());
                if (!"POSTING".equals(f.require("status"))) {
                    return null;
                }
                Instant started = Instant.parse(f.require("startedAt"));
                if (clock.instant().isBefore(started.plus(POSTING_TAKEOVER))) {
                    return null;
                }
                // the instance that started it stopped half way (a crash): finish its work
                return store.update(REMITTANCE, key, rec.get().version(), posting, NextDue.closed());
            } catch (VersionConflictException raced) {
                retryOrGiveUp(attempt, raced);
            }
        }
    }

    private void apply(Remittance remittance, String paymentKey, ClaimPayment cp, Instant now, List<Claim> changed,
            List<DenialFlag> allFlags, List<String> unmatched) {
        for (int attempt = 1; ; attempt++) {
            Optional<StoredRecord> rec = cp.isReversal() ? Optional.empty() : store.read(CLAIM, cp.claimId());
            if (rec.isEmpty()) {
                unmatched.add(cp.claimId());
                return;
            }
            ClaimRecords.Stored held = ClaimRecords.decode(rec.get().payload());
            Claim c = held.claim();
            if (held.appliedRemittances().contains(paymentKey)) {
                // applied before a crash: counted, never added again
                changed.removeIf(x -> x.id().equals(c.id()));
                changed.add(c);
                return;
            }
            List<DenialFlag> flags = new ArrayList<>();
            for (Adjustment a : cp.claimAdjustments()) {
                flags.add(catalog.flag(c.id(), "", a));
            }
            for (ServicePayment s : cp.services()) {
                for (Adjustment a : s.adjustments()) {
                    flags.add(catalog.flag(c.id(), s.code(), a));
                }
            }
            boolean anyDenial = flags.stream().anyMatch(DenialFlag::isDenial);
            ClaimStatus target = cp.deniedByStatus() || (cp.paid().isZero() && anyDenial) ? ClaimStatus.DENIED
                    : anyDenial ? ClaimStatus.PARTIALLY_PAID : ClaimStatus.PAID;
            if (!c.status().canMoveTo(target)) {
                unmatched.add(cp.claimId());
                return;
            }
            Money patient = Money.zero();
            Money writeOff = Money.zero();
            for (DenialFlag f : flags) {
                if (f.adjustment().group() == AdjustmentGroup.PR) {
                    patient = patient.plus(f.amount());
                } else if (f.category() == DenialCategory.CONTRACTUAL) {
                    writeOff = writeOff.plus(f.amount());
                }
            }
            String reason = target == ClaimStatus.PAID ? "paid, trace " + remittance.traceNumber()
                    : target + " with " + flags.stream().filter(DenialFlag::isDenial).map(f -> f.adjustment().label())
                            .distinct().toList() + ", trace " + remittance.traceNumber();
            Claim posted = c.withRemittance(cp.paid(), patient, writeOff, cp.payerClaimNumber(), flags)
                    .moveTo(target, now, reason);
            List<String> applied = new ArrayList<>(held.appliedRemittances());
            applied.add(paymentKey);
            try {
                store.update(CLAIM, c.id(), rec.get().version(), ClaimRecords.encode(posted, applied), nextDue(posted));
                changed.removeIf(x -> x.id().equals(c.id()));
                changed.add(posted);
                allFlags.addAll(flags);
                return;
            } catch (VersionConflictException changedElsewhere) {
                retryOrGiveUp(attempt, changedElsewhere);
            }
        }
    }

    /** Outstanding submitted claims by age on {@code asOf}. */
    public AgingReport aging(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf == null");
        Map<AgingBucket, Integer> counts = new EnumMap<>(AgingBucket.class);
        Map<AgingBucket, Money> amounts = new EnumMap<>(AgingBucket.class);
        for (AgingBucket b : AgingBucket.values()) {
            counts.put(b, 0);
            amounts.put(b, Money.zero());
        }
        for (Claim c : claims()) {
            if (!c.status().isOutstanding() || c.firstSubmittedAt().isEmpty()) {
                continue;
            }
            LocalDate submitted = c.firstSubmittedAt().get().atZone(clock.getZone()).toLocalDate();
            AgingBucket b = AgingBucket.of(Math.max(0, ChronoUnit.DAYS.between(submitted, asOf)));
            counts.merge(b, 1, Integer::sum);
            amounts.put(b, amounts.get(b).plus(c.outstanding()));
        }
        return new AgingReport(asOf, counts, amounts);
    }

    /**
     * Claims not yet (successfully) submitted whose filing deadline is within the alert window or past,
     * soonest first. The host calls this from its own scheduler. Reads only the claims whose alert window
     * has opened (the store's due index); submitted and settled claims are never read.
     */
    public List<FilingAlert> due(Instant now) {
        Objects.requireNonNull(now, "now == null");
        LocalDate today = now.atZone(clock.getZone()).toLocalDate();
        List<FilingAlert> alerts = new ArrayList<>();
        for (StoredRecord r : store.due(CLAIM, now)) {
            Claim c = ClaimRecords.decode(r.payload()).claim();
            if (c.status() != ClaimStatus.DRAFT && c.status() != ClaimStatus.REJECTED) {
                continue;
            }
            LocalDate deadline = filingDeadline(c);
            long left = ChronoUnit.DAYS.between(today, deadline);
            if (left <= filingAlertDays) {
                alerts.add(new FilingAlert(c.id(), deadline, left));
            }
        }
        alerts.sort((a, b) -> Long.compare(a.daysLeft(), b.daysLeft()));
        return alerts;
    }

    private Optional<ClaimRecords.Stored> read(String claimId) {
        return store.read(CLAIM, claimId).map(r -> ClaimRecords.decode(r.payload()));
    }

    /** A claim waiting to be filed is due when its filing alert window opens; any other claim is closed for due. */
    private NextDue nextDue(Claim c) {
        if (c.status() != ClaimStatus.DRAFT && c.status() != ClaimStatus.REJECTED) {
            return NextDue.closed();
        }
        LocalDate alertFrom = filingDeadline(c).minusDays(filingAlertDays);
        return NextDue.at(alertFrom.atStartOfDay(clock.getZone()).toInstant());
    }

    private static void retryOrGiveUp(int attempt, VersionConflictException e) {
        if (attempt >= MAX_ATTEMPTS) {
            throw e;
        }
    }

    private static ValidationException problem(String path, String message) {
        return new ValidationException("claim", List.of(new FieldProblem(path, message)));
    }

    /** Builds a {@link ClaimLedger}. Required: clock. Default store: a new in-memory one. */
    public static final class Builder {
        private Clock clock;
        private WorkflowStore store;
        private TimelyFiling timelyFiling = TimelyFiling.standard();
        private DenialCatalog catalog = DenialCatalog.standard();
        private int filingAlertDays = 14;

        private Builder() {
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock == null");
            return this;
        }

        /** Where claims and posted remittances are kept; give every instance the same database. */
        public Builder store(WorkflowStore store) {
            this.store = Objects.requireNonNull(store, "store == null");
            return this;
        }

        public Builder timelyFiling(TimelyFiling timelyFiling) {
            this.timelyFiling = Objects.requireNonNull(timelyFiling, "timelyFiling == null");
            return this;
        }

        public Builder denialCatalog(DenialCatalog catalog) {
            this.catalog = Objects.requireNonNull(catalog, "catalog == null");
            return this;
        }

        /** Days before the filing deadline from which {@link ClaimLedger#due(Instant)} alerts (default 14). */
        public Builder filingAlertDays(int days) {
            if (days < 0) {
                throw new IllegalArgumentException("days must not be negative");
            }
            this.filingAlertDays = days;
            return this;
        }

        /**
         * Builds the ledger.
         *
         * @throws ValidationException naming every missing part at once
         */
        public ClaimLedger build() {
            Problems p = Problems.of("claim ledger");
            p.require(clock != null, "clock", "is required");
            p.throwIfAny();
            return new ClaimLedger(this);
        }
    }
}
