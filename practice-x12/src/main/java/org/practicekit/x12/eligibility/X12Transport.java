package org.practicekit.x12.eligibility;

import java.time.Duration;

/**
 * How a 270 reaches a clearinghouse and its 271 comes back: one attempt, no retries (the
 * {@link ClearinghouseEligibilityChecker} owns retries, timeouts, caching and logging). The shipped
 * {@link HttpsX12Transport} POSTs raw X12; implement this for a clearinghouse that wraps X12 in its
 * own envelope (CAQH CORE SOAP or MIME, a JSON field).
 *
 * <p>Contract: thread-safe; give up once {@code timeout} has passed; throw
 * {@link org.practicekit.core.RetriableException} for timeouts, dropped connections, 408/429/5xx
 * (with the server's Retry-After), {@link org.practicekit.core.NonRetriableException} for
 * authentication and other refusals ({@link org.practicekit.core.StatusFailures} maps statuses);
 * never put the interchange (PHI) or a credential into a message or a log line.
 */
public interface X12Transport {
    /** Sends one interchange and returns the clearinghouse's answer, as bytes. */
    byte[] exchange(byte[] interchange, Duration timeout);

    /** The clearinghouse for errors and logs, e.g. {@code clearinghouse:https://x12.example/realtime}; no credentials. */
    String system();
}
