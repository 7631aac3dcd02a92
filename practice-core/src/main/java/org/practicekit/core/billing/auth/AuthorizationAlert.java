package org.practicekit.core.billing.auth;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A warning about an authorization that is running low or about to expire, for staff to request an
 * extension in time.
 *
 * @param kind what is running out
 * @param authorizationNumber the authorization
 * @param remainingUnits units left (after the checked session, for a check)
 * @param end the authorization's last day
 */
public record AuthorizationAlert(Kind kind, String authorizationNumber, int remainingUnits, LocalDate end) {
    /** What is running out. */
    public enum Kind {
        /** Remaining units at or below the threshold (default 2). */
        LOW_REMAINING,
        /** The end date is within the warning window (default 14 days). */
        EXPIRING_SOON
    }

    public AuthorizationAlert {
        Objects.requireNonNull(kind, "kind == null");
        Objects.requireNonNull(authorizationNumber, "authorizationNumber == null");
        Objects.requireNonNull(end, "end == null");
    }

    /** A sentence for staff. */
    public String message() {
        return kind == Kind.LOW_REMAINING
                ? "Authorization " + authorizationNumber + " has " + remainingUnits + (remainingUnits == 1 ? " session" : " sessions")
                        + " left: request an extension."
                : "Authorization " + authorizationNumber + " ends on " + end + ": request an extension or a new authorization.";
    }
}
