package org.practicekit.core.scheduling;

import java.time.Duration;
import java.util.Objects;
import org.practicekit.core.model.PayerKind;

/**
 * The practice's written cancellation and no-show policy (the one clients sign at intake).
 *
 * <p>Fee eligibility is only a flag for staff; PracticeKit never charges. Medicaid members are never
 * eligible (they may not be charged for missed appointments). Medicare beneficiaries are eligible
 * only when {@code medicarePolicyAppliesToAll} says the same policy and amount apply to every
 * patient, and the fee is never billed to Medicare itself.
 *
 * @param lateCancelWindow a client cancellation closer than this to the start is late (commonly 24 h)
 * @param chargesFees whether the practice charges late-cancel and no-show fees at all
 * @param medicarePolicyAppliesToAll whether the same fee policy applies to all patients
 * @param noShowsBeforeStaffTask after this many no-shows a staff task is raised
 */
public record CancellationPolicy(Duration lateCancelWindow, boolean chargesFees, boolean medicarePolicyAppliesToAll,
        int noShowsBeforeStaffTask) {
    public CancellationPolicy {
        Objects.requireNonNull(lateCancelWindow, "lateCancelWindow == null");
        if (lateCancelWindow.isNegative() || noShowsBeforeStaffTask < 1) {
            throw new IllegalArgumentException("window must not be negative; staff task after at least one no-show");
        }
    }

    /** 24-hour window, fees charged, no all-patients Medicare policy, staff task after 2 no-shows. */
    public static CancellationPolicy defaults() {
        return new CancellationPolicy(Duration.ofHours(24), true, false, 2);
    }

    /** True when a late cancellation or no-show by a client with this payer may carry a fee. */
    public boolean feeAllowed(java.util.Optional<PayerKind> payer) {
        if (!chargesFees) {
            return false;
        }
        if (payer.isEmpty()) {
            return true;
        }
        switch (payer.get()) {
            case MEDICAID:
                return false;
            case MEDICARE:
                return medicarePolicyAppliesToAll;
            default:
                return true;
        }
    }
}
