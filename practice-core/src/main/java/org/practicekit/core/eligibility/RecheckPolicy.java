package org.practicekit.core.eligibility;

import java.time.Duration;
import java.util.Objects;

/**
 * When {@link EligibilityWatch} asks the payer again.
 *
 * <ul>
 *   <li>{@code interval}: every watched coverage is re-checked this long after its last answer
 *       (monthly by default), sessions or not.</li>
 *   <li>{@code sessionLead}: before each booked session, the answer is checked this long ahead (48 h by
 *       default), so a problem reaches staff while there is still time to act. Before the first
 *       session the watch knows of, any answer older than that is re-checked; before later sessions,
 *       only an answer older than {@code staleAfter}.</li>
 *   <li>{@code retryDelay}: when the payer could not answer (a timeout, AAA 42), the first wait before
 *       asking again; it doubles with each further failure, up to {@code interval}.</li>
 * </ul>
 *
 * @param interval the routine re-check interval
 * @param sessionLead how long before a session its check is due
 * @param staleAfter how old an answer may be at a later session's check
 * @param retryDelay the first wait after an unanswered check
 */
public record RecheckPolicy(Duration interval, Duration sessionLead, Duration staleAfter, Duration retryDelay) {
    public RecheckPolicy {
        positive(interval, "interval");
        positive(sessionLead, "sessionLead");
        positive(staleAfter, "staleAfter");
        positive(retryDelay, "retryDelay");
        if (retryDelay.compareTo(interval) > 0) {
            throw new IllegalArgumentException("retryDelay must not exceed interval");
        }
    }

    /** Every 30 days; 48 hours before a session when the answer is older than 7 days; retry after an hour. */
    public static RecheckPolicy standard() {
        return new RecheckPolicy(Duration.ofDays(30), Duration.ofHours(48), Duration.ofDays(7), Duration.ofHours(1));
    }

    public RecheckPolicy withInterval(Duration interval) {
        return new RecheckPolicy(interval, sessionLead, staleAfter, retryDelay);
    }

    public RecheckPolicy withSessionLead(Duration sessionLead) {
        return new RecheckPolicy(interval, sessionLead, staleAfter, retryDelay);
    }

    public RecheckPolicy withStaleAfter(Duration staleAfter) {
        return new RecheckPolicy(interval, sessionLead, staleAfter, retryDelay);
    }

    public RecheckPolicy withRetryDelay(Duration retryDelay) {
        return new RecheckPolicy(interval, sessionLead, staleAfter, retryDelay);
    }

    /** The wait before the next try after {@code failures} unanswered checks in a row (1 or more). */
    Duration retryAfterFailures(int failures) {
        Duration d = retryDelay;
        for (int i = 1; i < failures && d.compareTo(interval) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(interval) > 0 ? interval : d;
    }

    private static void positive(Duration d, String name) {
        Objects.requireNonNull(d, name + " == null");
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
