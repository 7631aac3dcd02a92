package org.practicekit.core.spi;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.practicekit.core.model.Money;

/** What a payer said about a client's coverage. Unknown is a real answer: a person must check. */
public final class EligibilityResult {
    /** Whether the coverage is in force on the service date. */
    public enum Status { ACTIVE, INACTIVE, UNKNOWN }

    /** Whether the plan covers outpatient mental-health services. */
    public enum MentalHealthBenefit { COVERED, NOT_COVERED, UNKNOWN }

    private final Status status;
    private final Money copay;
    private final Money deductibleRemaining;
    private final MentalHealthBenefit mentalHealthBenefit;
    private final boolean priorAuthorizationRequired;
    private final String payerReference;
    private final String note;
    private final Instant checkedAt;

    private EligibilityResult(Builder b) {
        this.status = Objects.requireNonNull(b.status, "status == null");
        this.copay = b.copay;
        this.deductibleRemaining = b.deductibleRemaining;
        this.mentalHealthBenefit = Objects.requireNonNull(b.mentalHealthBenefit, "mentalHealthBenefit == null");
        this.priorAuthorizationRequired = b.priorAuthorizationRequired;
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
        b.copay = copay;
        b.deductibleRemaining = deductibleRemaining;
        b.mentalHealthBenefit = mentalHealthBenefit;
        b.priorAuthorizationRequired = priorAuthorizationRequired;
        b.payerReference = payerReference;
        b.note = note;
        b.checkedAt = checkedAt;
        return b;
    }

    public Status status() {
        return status;
    }

    public Optional<Money> copay() {
        return Optional.ofNullable(copay);
    }

    public Optional<Money> deductibleRemaining() {
        return Optional.ofNullable(deductibleRemaining);
    }

    public MentalHealthBenefit mentalHealthBenefit() {
        return mentalHealthBenefit;
    }

    public boolean priorAuthorizationRequired() {
        return priorAuthorizationRequired;
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

    /** True when staff must look at this result before the first session. */
    public boolean needsStaffReview() {
        return status != Status.ACTIVE || mentalHealthBenefit == MentalHealthBenefit.NOT_COVERED;
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
        return status == r.status && Objects.equals(copay, r.copay)
                && Objects.equals(deductibleRemaining, r.deductibleRemaining)
                && mentalHealthBenefit == r.mentalHealthBenefit
                && priorAuthorizationRequired == r.priorAuthorizationRequired
                && payerReference.equals(r.payerReference) && note.equals(r.note) && checkedAt.equals(r.checkedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, copay, deductibleRemaining, mentalHealthBenefit, priorAuthorizationRequired,
                payerReference, note, checkedAt);
    }

    @Override
    public String toString() {
        return "EligibilityResult[" + status + ", mh=" + mentalHealthBenefit + ", pa=" + priorAuthorizationRequired + "]";
    }

    /** Builds an {@link EligibilityResult}. Required: status, checkedAt. */
    public static final class Builder {
        private Status status;
        private Money copay;
        private Money deductibleRemaining;
        private MentalHealthBenefit mentalHealthBenefit = MentalHealthBenefit.UNKNOWN;
        private boolean priorAuthorizationRequired;
        private String payerReference = "";
        private String note = "";
        private Instant checkedAt;

        private Builder() {
        }

        public Builder status(Status status) {
            this.status = Objects.requireNonNull(status, "status == null");
            return this;
        }

        public Builder copay(Money copay) {
            this.copay = Objects.requireNonNull(copay, "copay == null");
            return this;
        }

        public Builder deductibleRemaining(Money deductibleRemaining) {
            this.deductibleRemaining = Objects.requireNonNull(deductibleRemaining, "deductibleRemaining == null");
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
