package org.practicekit.core.billing.claim;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.practicekit.core.FieldProblem;
import org.practicekit.core.Problems;
import org.practicekit.core.ValidationException;
import org.practicekit.core.billing.denial.Adjustment;
import org.practicekit.core.billing.denial.AdjustmentGroup;
import org.practicekit.core.billing.denial.DenialCatalog;
import org.practicekit.core.billing.denial.DenialCategory;
import org.practicekit.core.billing.denial.DenialFlag;
import org.practicekit.core.model.Money;

/**
 * The practice's claims and their lifecycle: opens drafts (idempotent on the claim id), moves them
 * through submission and adjudication, posts remittances (idempotent on the trace number) which move
 * claims to paid, partially paid or denied and raise {@link DenialFlag}s, reports aging, and returns
 * timely-filing alerts from {@link #due(Instant)}.
 *
 * <p>Thread-safe (one lock); holds no threads. Time comes from the injected clock. A remittance is
 * applied all at once or not at all. The ledger keeps claims in memory; a host that needs them across
 * restarts saves {@link #claims()} in its own store.
 */
public final class ClaimLedger {
    private final Clock clock;
    private final TimelyFiling timelyFiling;
    private final DenialCatalog catalog;
    private final int filingAlertDays;
    private final Map<String, Claim> claims = new LinkedHashMap<>();
    private final Set<String> postedTraces = new HashSet<>();

    private ClaimLedger(Builder b) {
        this.clock = b.clock;
        this.timelyFiling = b.timelyFiling;
        this.catalog = b.catalog;
        this.filingAlertDays = b.filingAlertDays;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Adds a draft claim. Opening the same claim again returns the one held (a retry is harmless).
     *
     * @throws ValidationException when the claim is not a draft, or another claim already has its id
     */
    public synchronized Claim open(Claim draft) {
        Objects.requireNonNull(draft, "draft == null");
        Claim held = claims.get(draft.id());
        if (held != null) {
            if (held.sameContentsAs(draft)) {
                return held;
            }
            throw problem("id", "another claim already has this id");
        }
        if (draft.status() != ClaimStatus.DRAFT) {
            throw problem("status", "only a draft can be opened");
        }
        claims.put(draft.id(), draft);
        return draft;
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
    public synchronized Claim move(String claimId, ClaimStatus target, String reason) {
        Claim c = require(claimId);
        Claim moved = c.moveTo(target, clock.instant(), reason);
        claims.put(claimId, moved);
        return moved;
    }

    public synchronized Optional<Claim> claim(String claimId) {
        return Optional.ofNullable(claims.get(Objects.requireNonNull(claimId, "claimId == null")));
    }

    /** Every claim, in the order opened. */
    public synchronized List<Claim> claims() {
        return List.copyOf(claims.values());
    }

    /** The last day the claim may be filed with its payer. */
    public LocalDate filingDeadline(Claim claim) {
        return timelyFiling.deadline(claim.coverage(), claim.serviceDate());
    }

    /**
     * Posts a remittance: each claim payment moves its claim (paid, partially paid or denied), adds the
     * amounts and raises a flag per adjustment. Claims the ledger does not hold, or that cannot move
     * (e.g. never submitted), are listed as unmatched for staff. Posting the same trace number again
     * changes nothing.
     */
    public synchronized RemittancePosting post(Remittance remittance) {
        Objects.requireNonNull(remittance, "remittance == null");
        if (postedTraces.contains(remittance.traceNumber())) {
            return new RemittancePosting(remittance.traceNumber(), List.of(), List.of(), List.of(), remittance.balances(), true);
        }
        Instant now = clock.instant();
        Map<String, Claim> changed = new LinkedHashMap<>();
        List<DenialFlag> allFlags = new ArrayList<>();
        List<String> unmatched = new ArrayList<>();
        for (ClaimPayment cp : remittance.claims()) {
            Claim c = changed.containsKey(cp.claimId()) ? changed.get(cp.claimId()) : claims.get(cp.claimId());
            if (c == null || cp.isReversal()) {
                unmatched.add(cp.claimId());
                continue;
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
                continue;
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
            changed.put(c.id(), posted);
            allFlags.addAll(flags);
        }
        claims.putAll(changed);
        postedTraces.add(remittance.traceNumber());
        return new RemittancePosting(remittance.traceNumber(), List.copyOf(changed.values()), allFlags, unmatched,
                remittance.balances(), false);
    }

    /** Outstanding submitted claims by age on {@code asOf}. */
    public synchronized AgingReport aging(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf == null");
        Map<AgingBucket, Integer> counts = new EnumMap<>(AgingBucket.class);
        Map<AgingBucket, Money> amounts = new EnumMap<>(AgingBucket.class);
        for (AgingBucket b : AgingBucket.values()) {
            counts.put(b, 0);
            amounts.put(b, Money.zero());
        }
        for (Claim c : claims.values()) {
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
     * soonest first. The host calls this from its own scheduler.
     */
    public synchronized List<FilingAlert> due(Instant now) {
        Objects.requireNonNull(now, "now == null");
        LocalDate today = now.atZone(clock.getZone()).toLocalDate();
        List<FilingAlert> alerts = new ArrayList<>();
        for (Claim c : claims.values()) {
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

    private Claim require(String claimId) {
        Claim c = claims.get(Objects.requireNonNull(claimId, "claimId == null"));
        if (c == null) {
            throw problem("claimId", "no such claim");
        }
        return c;
    }

    private static ValidationException problem(String path, String message) {
        return new ValidationException("claim", List.of(new FieldProblem(path, message)));
    }

    /** Builds a {@link ClaimLedger}. Required: clock. */
    public static final class Builder {
        private Clock clock;
        private TimelyFiling timelyFiling = TimelyFiling.standard();
        private DenialCatalog catalog = DenialCatalog.standard();
        private int filingAlertDays = 14;

        private Builder() {
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock == null");
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
