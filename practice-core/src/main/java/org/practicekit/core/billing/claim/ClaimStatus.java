package org.practicekit.core.billing.claim;

import java.util.EnumSet;
import java.util.Set;

/** Where a claim is in its life, and which moves are allowed from each state. */
public enum ClaimStatus {
    /** Built from a signed note, not yet sent. */
    DRAFT,
    /** Sent to the clearinghouse or payer. */
    SUBMITTED,
    /** Accepted for processing (277CA or payer acknowledgment). */
    ACCEPTED,
    /** Rejected before adjudication (format or front-end edit): correct and submit again. */
    REJECTED,
    /** Adjudicated with nothing left but patient responsibility and contractual write-offs. */
    PAID,
    /** Paid in part: some amount was denied. */
    PARTIALLY_PAID,
    /** Adjudicated with no payment because of a denial. */
    DENIED,
    /** An appeal or reconsideration is pending. */
    APPEALED,
    /** Closed without (further) payment. */
    WRITTEN_OFF;

    /** The states this one may move to. */
    public Set<ClaimStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(SUBMITTED, WRITTEN_OFF);
            case SUBMITTED -> EnumSet.of(ACCEPTED, REJECTED, PAID, PARTIALLY_PAID, DENIED);
            case ACCEPTED -> EnumSet.of(PAID, PARTIALLY_PAID, DENIED, REJECTED);
            case REJECTED -> EnumSet.of(SUBMITTED, WRITTEN_OFF);
            case DENIED -> EnumSet.of(APPEALED, SUBMITTED, WRITTEN_OFF);
            case PARTIALLY_PAID -> EnumSet.of(APPEALED, SUBMITTED, PAID, WRITTEN_OFF);
            case APPEALED -> EnumSet.of(PAID, PARTIALLY_PAID, DENIED, WRITTEN_OFF);
            case PAID, WRITTEN_OFF -> EnumSet.noneOf(ClaimStatus.class);
        };
    }

    public boolean canMoveTo(ClaimStatus target) {
        return next().contains(target);
    }

    /** True for claims the payer still owes an answer or money on (counted in aging). */
    public boolean isOutstanding() {
        return this == SUBMITTED || this == ACCEPTED || this == REJECTED || this == DENIED || this == APPEALED
                || this == PARTIALLY_PAID;
    }
}
