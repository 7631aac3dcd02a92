package org.practicekit.core;

import java.time.Duration;
import java.util.Optional;

/**
 * A failure that may succeed if the same call is repeated later: rate limits, timeouts, server
 * errors, dropped connections, optimistic-version conflicts. Every PracticeKit side effect carries an
 * idempotency key, so repeating the call never duplicates a patient, message or claim.
 */
public class RetriableException extends PracticeKitException {
    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    public RetriableException(String message) {
        this(message, "", "", null, null);
    }

    public RetriableException(String message, String system, String operation, Throwable cause) {
        this(message, system, operation, cause, null);
    }

    /** @param retryAfter how long the remote system asked us to wait, or null when it did not say */
    public RetriableException(String message, String system, String operation, Throwable cause, Duration retryAfter) {
        super(message, system, operation, cause);
        this.retryAfter = retryAfter;
    }

    /** How long the remote system asked the caller to wait before retrying, when it said. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
