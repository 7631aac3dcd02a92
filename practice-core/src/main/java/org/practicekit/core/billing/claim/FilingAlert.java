package org.practicekit.core.billing.claim;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A claim not yet submitted whose timely-filing deadline is near or past.
 *
 * @param claimId the claim
 * @param deadline the last day to file
 * @param daysLeft days from today to the deadline (negative when past)
 */
public record FilingAlert(String claimId, LocalDate deadline, long daysLeft) {
    public FilingAlert {
        Objects.requireNonNull(claimId, "claimId == null");
        Objects.requireNonNull(deadline, "deadline == null");
    }

    public boolean isPast() {
        return daysLeft < 0;
    }
}
