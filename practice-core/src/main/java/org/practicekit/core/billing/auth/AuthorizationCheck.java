package org.practicekit.core.billing.auth;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer for one session: which authorization it falls under (if any), the problems that block
 * the booking unless staff override, the alerts to show, and the units left after the session.
 *
 * @param authorizationNumber the matching authorization, "" when none applies
 * @param problems hard problems; empty when the session fits
 * @param alerts soft warnings (running low, expiring)
 * @param remainingAfter units left once this session is counted (0 when no authorization)
 */
public record AuthorizationCheck(String authorizationNumber, List<AuthorizationProblem> problems,
        List<AuthorizationAlert> alerts, int remainingAfter) {
    public AuthorizationCheck {
        Objects.requireNonNull(authorizationNumber, "authorizationNumber == null");
        problems = List.copyOf(problems);
        alerts = List.copyOf(alerts);
    }

    /** True when the scheduler must refuse the booking unless a staff member overrides. */
    public boolean blocksBooking() {
        return !problems.isEmpty();
    }

    public Optional<String> authorization() {
        return authorizationNumber.isEmpty() ? Optional.empty() : Optional.of(authorizationNumber);
    }
}
