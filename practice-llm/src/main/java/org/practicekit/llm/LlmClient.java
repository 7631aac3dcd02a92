package org.practicekit.llm;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.practicekit.core.NonRetriableException;
import org.practicekit.core.PracticeKitException;
import org.practicekit.core.Problems;
import org.practicekit.core.RetriableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A chat-completion model. Callers use {@link #complete(LlmRequest)}, which the SDK owns: it
 * validates the request, notifies {@link LlmListener}s, measures latency, retries retriable
 * failures under the {@link RetryPolicy} (sleeping on the calling thread, no threads of its own) and
 * maps failures; adapters implement only {@link #doComplete(LlmRequest)} (one attempt, one HTTP
 * call).
 *
 * <p>Prompts that may contain PHI go through {@code PhiGuard}, never straight to {@code complete}.
 * Thread-safe.
 */
public abstract class LlmClient {
    private static final Logger LOG = LoggerFactory.getLogger(LlmClient.class);

    private final RetryPolicy retryPolicy;
    private final List<LlmListener> listeners;

    /** A client with the default retry policy and no listeners. */
    protected LlmClient() {
        this(RetryPolicy.defaults(), List.of());
    }

    protected LlmClient(RetryPolicy retryPolicy, List<LlmListener> listeners) {
        this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy == null");
        this.listeners = List.copyOf(listeners);
    }

    /** Where this client sends prompts, and whether a BAA covers it. */
    public abstract LlmEndpoint endpoint();

    /** How failed attempts are retried. */
    public RetryPolicy retryPolicy() {
        return retryPolicy;
    }

    /** The listeners notified of every attempt. */
    public List<LlmListener> listeners() {
        return listeners;
    }

    /**
     * Sends one request and returns the model's answer, retrying retriable failures.
     *
     * @throws org.practicekit.core.ValidationException if the request is malformed (nothing is sent)
     * @throws RetriableException on rate limits, timeouts, server errors once retries are spent
     * @throws NonRetriableException on authentication, quota or invalid-request errors
     */
    public LlmResponse complete(LlmRequest request) {
        Objects.requireNonNull(request, "request == null");
        validate(request);
        LlmEndpoint endpoint = endpoint();
        long waited = 0;
        for (int attempt = 1; ; attempt++) {
            notifyRequest(endpoint, request, attempt);
            long started = System.nanoTime();
            PracticeKitException failure;
            try {
                LlmResponse response = doComplete(request);
                Duration latency = Duration.ofNanos(System.nanoTime() - started);
                LlmResponse measured = response.toBuilder().latency(latency).attempts(attempt).build();
                notifyResponse(endpoint, request, measured);
                return measured;
            } catch (PracticeKitException e) {
                failure = e;
            } catch (RuntimeException e) {
                // Adapter bug: keep the location, drop the message (it may quote the response body).
                StackTraceElement[] trace = e.getStackTrace();
                String where = trace.length == 0 ? "" : " at " + trace[0];
                failure = new NonRetriableException("adapter failed with " + e.getClass().getName() + where,
                        endpoint.describe(), "chat completion", null);
            }
            Duration delay = null;
            if (failure instanceof RetriableException && attempt <= retryPolicy.maxRetries()) {
                Duration d = retryPolicy.delayBefore(attempt, ((RetriableException) failure).retryAfter().orElse(null));
                if (waited + d.toMillis() <= retryPolicy.maxTotalWait().toMillis()) {
                    delay = d;
                }
            }
            notifyError(endpoint, request, failure, attempt, delay != null);
            if (delay == null) {
                throw failure;
            }
            LOG.debug("LLM call to {} failed ({}); retry {} of {} in {} ms", endpoint.describe(), failure.getMessage(),
                    attempt, retryPolicy.maxRetries(), delay.toMillis());
            try {
                retryPolicy.sleeper().sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw failure;
            }
            waited += delay.toMillis();
        }
    }

    /** One attempt against the provider. Throw the core exception tree; never log prompt text. */
    protected abstract LlmResponse doComplete(LlmRequest request);

    private void notifyRequest(LlmEndpoint endpoint, LlmRequest request, int attempt) {
        for (LlmListener l : listeners) {
            try {
                l.onRequest(endpoint, request, attempt);
            } catch (RuntimeException ignored) {
                LOG.warn("LLM listener {} threw on request; ignored", l.getClass().getName());
            }
        }
    }

    private void notifyResponse(LlmEndpoint endpoint, LlmRequest request, LlmResponse response) {
        for (LlmListener l : listeners) {
            try {
                l.onResponse(endpoint, request, response);
            } catch (RuntimeException ignored) {
                LOG.warn("LLM listener {} threw on response; ignored", l.getClass().getName());
            }
        }
    }

    private void notifyError(LlmEndpoint endpoint, LlmRequest request, PracticeKitException error, int attempt,
            boolean willRetry) {
        for (LlmListener l : listeners) {
            try {
                l.onError(endpoint, request, error, attempt, willRetry);
            } catch (RuntimeException ignored) {
                LOG.warn("LLM listener {} threw on error; ignored", l.getClass().getName());
            }
        }
    }

    private static void validate(LlmRequest request) {
        Problems problems = Problems.of("LLM request");
        problems.require(!request.messages().isEmpty(), "messages", "at least one message is required");
        problems.require(request.messages().stream().anyMatch(m -> m.role() == LlmMessage.Role.USER), "messages",
                "at least one user message is required");
        for (int i = 0; i < request.messages().size(); i++) {
            problems.require(!request.messages().get(i).text().isBlank(), "messages[" + i + "].text", "is blank");
        }
        problems.require(request.maxTokens() > 0, "maxTokens", "must be positive");
        request.temperature().ifPresent(t -> problems.require(t >= 0 && t <= 2, "temperature", "must be 0-2"));
        problems.require(!request.timeout().isNegative() && !request.timeout().isZero(), "timeout", "must be positive");
        request.jsonSchema().ifPresent(s -> problems.require(s.strip().startsWith("{"), "jsonSchema",
                "must be a JSON object"));
        problems.throwIfAny();
    }
}
