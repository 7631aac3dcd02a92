package org.practicekit.core;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The one place that turns a remote system's HTTP status into PracticeKit's exception tree, so
 * every adapter (LLM, FHIR, Presidio, clearinghouse) gives callers the same retry signal.
 *
 * <ul>
 *   <li>408, 409, 425, 429, 500-599 (including 529 overloaded): {@link RetriableException}</li>
 *   <li>every other 4xx: {@link NonRetriableException}</li>
 * </ul>
 */
public final class StatusFailures {
    private StatusFailures() {
    }

    /** True when a response with this status may succeed if the same request is sent again. */
    public static boolean isRetriable(int status) {
        return status == 408 || status == 409 || status == 425 || status == 429 || (status >= 500 && status <= 599);
    }

    /**
     * Maps a failed HTTP status to an exception.
     *
     * @param system the remote system, e.g. "openai:https://api.example/v1" (never a key or token)
     * @param operation what was attempted, e.g. "chat completion"
     * @param status the HTTP status
     * @param reason a short, PHI-free reason from the response (error type or code), or ""
     * @param retryAfter the server's Retry-After, or null
     */
    public static PracticeKitException forStatus(String system, String operation, int status, String reason,
            Duration retryAfter) {
        String message = "HTTP " + status + describe(status) + (reason == null || reason.isBlank() ? "" : ": " + reason);
        if (isRetriable(status)) {
            return new RetriableException(message, system, operation, null, retryAfter);
        }
        return new NonRetriableException(message, system, operation, null);
    }

    /**
     * Reads an HTTP {@code Retry-After} value: seconds, or an HTTP date (a date in the past is zero).
     *
     * @param value the header value, or null when the response had none
     * @param now the time the response arrived
     * @return the wait, or empty when absent or unreadable
     */
    public static Optional<Duration> retryAfter(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.trim();
        if (v.chars().allMatch(Character::isDigit) && v.length() <= 9) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
        }
        try {
            Duration d = Duration.between(now, ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            return Optional.of(d.isNegative() ? Duration.ZERO : d);
        } catch (DateTimeParseException unreadable) {
            return Optional.empty();
        }
    }

    private static String describe(int status) {
        switch (status) {
            case 400: return " (invalid request)";
            case 401: return " (authentication failed)";
            case 403: return " (permission denied)";
            case 404: return " (not found)";
            case 408: return " (request timeout)";
            case 409: return " (conflict)";
            case 412: return " (precondition failed)";
            case 422: return " (unprocessable)";
            case 429: return " (rate limited)";
            case 529: return " (overloaded)";
            default:
                if (status >= 500) {
                    return " (server error)";
                }
                return "";
        }
    }
}
