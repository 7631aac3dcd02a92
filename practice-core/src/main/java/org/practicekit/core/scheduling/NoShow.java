package org.practicekit.core.scheduling;

import java.util.Objects;
import org.practicekit.core.model.Appointment;

/**
 * What marking a no-show did: the appointment, fee eligibility under the policy, the client's
 * no-show count, and whether a staff task was raised.
 */
public record NoShow(Appointment appointment, boolean feeEligible, int noShowCount, boolean staffTaskRaised) {
    public NoShow {
        Objects.requireNonNull(appointment, "appointment == null");
    }
}
