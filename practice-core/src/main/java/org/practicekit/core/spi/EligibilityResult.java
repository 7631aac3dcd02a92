package org.practicekit.core.spi;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.practicekit.core.model.Money;

/**
 * What a payer said about a client's coverage. Unknown is a real answer: a person must check, unless
 * the {@link #rejection()} says to ask again later.
 *
 * <p>Cost sharing is kept per network tier ({@link #inNetwork()}, {@link #outOfNetwork()}); the
 * visit limit, the end of coverage and the payer's rejection reason are present only when the payer
 * stated them. Immutable; {@link #toString()} carries no PHI.
 */
public final class EligibilityResult {
    /** Whether the coverage is in force on the service date. */
    public enum Status { ACTIVE, INACTIVE, UNKNOWN }

    /** Whether the plan covers outpatient mental-health services. */
    public enum MentalHealthBenefit { COVERED, NOT_COVERED, UNKNOWN }

    private final Status status;
    private final CostShare inNetwork;
    private final CostShare outOfNetwork;
    private final MentalHealthBenefit mentalHealthBenefit;
    private final boolean priorAuthorizationRequired;
    private final VisitLimit visitLimit;
    private final LocalDate coverageEnds;
    private final EligibilityRejection rejection;
    private final String payerReference;
    private final String note;
    private final Instant checkedAt;

    private EligibilityResult(Builder b) {
        this.status = Objects.requireNonNull(b.status, "status == null");
        this.inNetwork = b.inNetwork;
        this.outOfNetwork = b.outOfNetwork;
        this.mentalHealthBenefit = Objects.requireNonNull(b.mentalHealthBenefit, "mentalHealthBenefit == null");
        this.priorAuthorizationRequired = b.priorAuthorizationRequired;
        this.visitLimit = b.visitLimit;
        this.coverageEnds = b.coverageEnds;
        this.rejection = b.rejection;
        this.payerReference = Objects.requireNonNull(b.payerReference, "payerReference == null");
        this.note = Objects.requireNonNull(b.note, "note == null");
        this.checkedAt = Objects.requireNonNull(b.checkedAt, "checkedAt == null");
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.status = status;
        b.inNetwork = inNetwork;
        b.outOfNetwork = outOfNetwork;
        b.mentalHealthBenefit = mentalHealthBenefit;
        b.priorAuthorizationRequired = priorAuthorizationRequired;
        b.visitLimit = visitLimit;
        b.coverageEnds = coverageEnds;
        b.rejection = rejection;
        b.payerReference = payerReference;
        b.note = note;
        b.checkedAt = checkedAt;
        return b;
    }

    public Status status() {
        return status;
    }

    /** The in-network copay per outpatient mental-health visit. */
    public Optional<Money> copay() {
        return inNetwork.copay();
    }

    /** What is left of the in-network deductible. */
    public Optional<Money> deductibleRemaining() {
        return inNetwork.deductibleRemaining();
    }

    /** Cost sharing with an in-network clinician (the usual case). */
    public CostShare inNetwork() {
        return inNetwork;
    }

    /** Cost sharing with an out-of-network clinician. */
    public CostShare outOfNetwork() {
        return outOfNetwork;
    }

    public MentalHealthBenefit mentalHealthBenefit() {
        return mentalHealthBenefit;
    }

    public boolean priorAuthorizationRequired() {
        return priorAuthorizationRequired;
    }

    /** The plan's visit limit for outpatient mental health, when the payer stated one. */
    public Optional<VisitLimit> visitLimit() {
        return Optional.ofNullable(visitLimit);
    }

    /** The last day of coverage, when the payer stated one. */
    public Optional<LocalDate> coverageEnds() {
        return Optional.ofNullable(coverageEnds);
    }

    /** Why the payer could not answer, and what to do, when it rejected the question. */
    public Optional<EligibilityRejection> rejection() {
        return Optional.ofNullable(rejection);
    }

    /** True when the payer could not answer now and the question should simply be asked again later. */
    public boolean retryLater() {
        return rejection != null && rejection.followUp() == EligibilityRejection.FollowUp.RETRY_LATER;
    }

    /** The payer's or clearinghouse's reference for this check (trace number), or "". */
    public String payerReference() {
        return payerReference;
    }

    /** A PHI-free note for staff ("payer did not respond", "plan terminated 2026-06-30"), or "". */
    public String note() {
        return note;
    }

    public Instant checkedAt() {
        return checkedAt;
    }

    /**
     * True when staff must look at this result before the first session: coverage not active or not
     * known, no mental-health benefit, or the visit limit used up.
     */
    public boolean needsStaffReview() {
        return status != Status.ACTIVE || mentalHealthBenefit == MentalHealthBenefit.NOT_COVERED
                || (visitLimit != null && visitLimit.exhausted());
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof EligibilityResult)) {
            return false;
        }
        EligibilityResult r = (EligibilityResult) o;
        return status == r.status && inNetwork.equals(r.inNetwork) && outOfNetwork.equals(r.outOfNetwork)
                && mentalHealthBenefit == r.mentalHealthBenefit
                && priorAuthorizationRequired == r.priorAuthorizationRequired
                && Objects.equals(visitLimit, r.visitLimit) && Objects.equals(coverageEnds, r.coverageEnds)
                && Objects.equals(rejection, r.rejection)
                && payerReference.equals(r.payerReference) && note.equals(r.note) && checkedAt.equals(r.checkedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, inNetwork, outOfNetwork, mentalHealthBenefit, priorAuthorizationRequired,
                visitLimit, coverageEnds, rejection, payerReference, note, checkedAt);
    }

    @Override
    public String toString() {
        return "EligibilityResult[" + status + ", mh=" + mentalHealthBenefit + ", pa=" + priorAuthorizationRequired
                + (visitLimit == null ? "" : ", " + visitLimit)
                + (rejection == null ? "" : ", AAA " + rejection.code()) + "]";
    }

    /** Builds an {@link EligibilityResult}. Required: status, checkedAt. */
    public static final class Builder {
        private Status status;
        private CostShare inNetwork = CostShare.unknown();
        private CostShare outOfNetwork = CostShare.unknown();
        private MentalHealthBenefit mentalHealthBenefit = MentalHealthBenefit.UNKNOWN;
        private boolean priorAuthorizationRequired;
        private VisitLimit visitLimit;
        private LocalDate coverageEnds;
        private EligibilityRejection rejection;
        private String payerReference = "";
        private String note = "";
        private Instant checkedAt;

        private Builder() {
        }

        public Builder status(Status status) {
            this.status = Objects.requireNonNull(status, "status == null");
            return this;
        }

        /** The in-network copay. */
        public Builder copay(Money copay) {
            this.inNetwork = inNetwork.withCopay(Objects.requireNonNull(copay, "copay == null"));
            return this;
        }

        /** What is left of the in-network deductible. */
        public Builder deductibleRemaining(Money deductibleRemaining) {
            this.inNetwork = inNetwork.withDeductibleRemaining(
                    Objects.requireNonNull(deductibleRemaining, "deductibleRemaining == null"));
            return this;
        }

        public Builder inNetwork(CostShare inNetwork) {
            this.inNetwork = Objects.requireNonNull(inNetwork, "inNetwork == null");
            return this;
        }

        public Builder outOfNetwork(CostShare outOfNetwork) {
            this.outOfNetwork = Objects.requireNonNull(outOfNetwork, "outOfNetwork == null");
            return this;
        }

        public Builder mentalHealthBenefit(MentalHealthBenefit benefit) {
            this.mentalHealthBenefit = Objects.requireNonNull(benefit, "benefit == null");
            return this;
        }

        public Builder priorAuthorizationRequired(boolean required) {
            this.priorAuthorizationRequired = required;
            return this;
        }

        public Builder visitLimit(VisitLimit visitLimit) {
            this.visitLimit = Objects.requireNonNull(visitLimit, "visitLimit == null");
            return this;
        }

        public Builder coverageEnds(LocalDate coverageEnds) {
            this.coverageEnds = Objects.requireNonNull(coverageEnds, "coverageEnds == null");
            return this;
        }

        public Builder rejection(EligibilityRejection rejection) {
            this.rejection = Objects.requireNonNull(rejection, "rejection == null");
            return this;
        }

        public Builder payerReference(String payerReference) {
            this.payerReference = Objects.requireNonNull(payerReference, "payerReference == null");
            return this;
        }

        public Builder note(String note) {
            this.note = Objects.requireNonNull(note, "note == null");
            return this;
        }

        public Builder checkedAt(Instant checkedAt) {
            this.checkedAt = Objects.requireNonNull(checkedAt, "checkedAt == null");
            return this;
        }

        public EligibilityResult build() {
            return new EligibilityResult(this);
        }
    }
}
