package org.practicekit.fhir.internal;

import ca.uhn.fhir.rest.client.exceptions.FhirClientConnectionException;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.hl7.fhir.r4.model.Bundle;
import org.practicekit.core.NonRetriableException;
import org.practicekit.core.PracticeKitException;
import org.practicekit.core.RetriableException;
import org.practicekit.core.StatusFailures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one FHIR call with PracticeKit's failure rules: 5xx answers, timeouts and dropped connections
 * are retried a bounded number of times with jittered exponential backoff (every write the adapter
 * sends is conditional on an identifier, so repeating it is safe); every 4xx fails at once; what is
 * left is thrown as {@link RetriableException} or {@link NonRetriableException} with a PHI-free message.
 * HAPI's exceptions are never chained as causes because their messages carry URLs and diagnostics.
 */
public final class FhirCalls {
    private static final Logger LOG = LoggerFactory.getLogger(FhirCalls.class);

    /** Waits between attempts; tests replace it. */
    public interface Sleeper {
        void sleep(Duration d) throws InterruptedException;
    }

    private final String system;
    private final int maxAttempts;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final Sleeper sleeper;
    private final Supplier<Duration> retryAfterSource;

    /** @param retryAfterSource the Retry-After of the answer that just failed on this thread, or null */
    public FhirCalls(String system, int maxAttempts, Duration initialBackoff, Duration maxBackoff, Sleeper sleeper,
            Supplier<Duration> retryAfterSource) {
        this.retryAfterSource = Objects.requireNonNull(retryAfterSource, "retryAfterSource == null");
        this.system = Objects.requireNonNull(system, "system == null");
        this.maxAttempts = maxAttempts;
        this.initialBackoff = Objects.requireNonNull(initialBackoff, "initialBackoff == null");
        this.maxBackoff = Objects.requireNonNull(maxBackoff, "maxBackoff == null");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper == null");
    }

    /** Runs {@code call}; {@code sent} (or null) helps name the resource of a failed bundle entry. */
    public <T> T run(String operation, Bundle sent, Supplier<T> call) {
        for (int attempt = 1; ; attempt++) {
            PracticeKitException failure;
            try {
                return call.get();
            } catch (RuntimeException e) {
                failure = classify(operation, sent, e);
            }
            if (!(failure instanceof RetriableException) || !retriedHere(failure) || attempt >= maxAttempts) {
                throw failure;
            }
            Duration asked = ((RetriableException) failure).retryAfter().orElse(null);
            if (asked != null && asked.compareTo(maxBackoff) > 0) {
                // The server asks for a longer wait than this call may block: the caller gets the failure with
                // the server's Retry-After intact and schedules the retry, rather than a silently shorter wait.
                LOG.debug("attempt {}/{} failed and the server asks to wait {} ms, more than the {} ms limit; "
                        + "left to the caller", attempt, maxAttempts, asked.toMillis(), maxBackoff.toMillis());
                throw failure;
            }
            Duration wait = backoff(attempt, asked);
            // The failure's message already names the system and operation.
            LOG.debug("attempt {}/{} failed: {}; retrying in {} ms", attempt, maxAttempts, failure.getMessage(),
                    wait.toMillis());
            try {
                sleeper.sleep(wait);
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
                throw failure;
            }
        }
    }

    /** In-process retries cover server errors and the network only; 408/409/429 go back to the caller. */
    private static boolean retriedHere(PracticeKitException failure) {
        return failure instanceof ServerOrNetworkFailure;
    }

    Duration backoff(int attempt, Duration retryAfter) {
        long cap = Math.min(maxBackoff.toMillis(), initialBackoff.toMillis() << Math.min(20, attempt - 1));
        // Equal jitter: half the step fixed, half random, so parallel callers spread out but still wait.
        long millis = cap / 2 + ThreadLocalRandom.current().nextLong(cap / 2 + 1);
        if (retryAfter != null && retryAfter.toMillis() > millis) {
            millis = Math.min(retryAfter.toMillis(), maxBackoff.toMillis());
        }
        return Duration.ofMillis(millis);
    }

    PracticeKitException classify(String operation, Bundle sent, RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PracticeKitException) {
                return (PracticeKitException) t; // from the auth interceptor: already mapped
            }
        }
        // HAPI reports network failures as a BaseServerResponseException with status 500: test them first.
        if (e instanceof FhirClientConnectionException || rootIo(e) != null) {
            Throwable io = rootIo(e);
            String what = io != null ? io.getClass().getSimpleName() : e.getClass().getSimpleName();
            return new ServerOrNetworkFailure("no answer: connection failed, dropped or timed out (" + what + ")",
                    system, operation, null);
        }
        if (e instanceof BaseServerResponseException) {
            BaseServerResponseException r = (BaseServerResponseException) e;
            int status = r.getStatusCode();
            String reason = OperationOutcomes.describe(r.getOperationOutcome(), sent);
            Duration retryAfter = retryAfterSource.get();
            if (status >= 500) {
                return new ServerOrNetworkFailure(StatusFailures.forStatus(system, operation, status, reason, retryAfter)
                        .getMessage(), system, operation, retryAfter);
            }
            return StatusFailures.forStatus(system, operation, status, reason, retryAfter);
        }
        return new NonRetriableException("unexpected failure (" + e.getClass().getSimpleName() + ")", system,
                operation, null);
    }

    private static Throwable rootIo(Throwable e) {
        Throwable found = null;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException) {
                found = t;
            }
        }
        return found;
    }

    /** A 5xx or a network failure: retried in process, and still retriable for the caller afterwards. */
    static final class ServerOrNetworkFailure extends RetriableException {
        private static final long serialVersionUID = 1L;

        ServerOrNetworkFailure(String message, String system, String operation, Duration retryAfter) {
            super(stripPrefix(message, system), system, operation, null, retryAfter);
        }

        /** StatusFailures already decorated the message with [system operation]; do not say it twice. */
        private static String stripPrefix(String message, String system) {
            int close = message.indexOf("] ");
            return message.startsWith("[" + system) && close > 0 ? message.substring(close + 2) : message;
        }
    }
}
