package org.practicekit.core.scheduling;

import java.util.Objects;
import java.util.Optional;
import org.practicekit.core.model.Appointment;

/**
 * What a cancellation did: the appointment in its new state, whether it was late, whether a fee
 * may be charged under the practice's policy, and the slot it freed (to offer to the waitlist).
 */
public record Cancellation(Appointment appointment, boolean late, boolean feeEligible, Optional<OpenSlot> freedSlot) {
    public Cancellation {
        Objects.requireNonNull(appointment, "appointment == null");
        Objects.requireNonNull(freedSlot, "freedSlot == null");
    }
}
