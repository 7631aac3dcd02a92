package org.practicekit.llm;

import java.time.Duration;
import java.util.Objects;
import org.practicekit.core.Problems;

/**
 * A chat-completion model. Callers use {@link #complete(LlmRequest)}, which the SDK owns: it
 * validates the request, measures latency and maps failures; adapters implement only
 * {@link #doComplete(LlmRequest)} (one attempt, one HTTP call).
 *
 * <p>Prompts that may contain PHI go through {@code PhiGuard}, never straight to {@code complete}.
 * Thread-safe.
 */
public abstract class LlmClient {
    /** Where this client sends prompts, and whether a BAA covers it. */
    public abstract LlmEndpoint endpoint();

    /**
     * Sends one request and returns the model's answer.
     *
     * @throws org.practicekit.core.ValidationException if the request is malformed
     * @throws org.practicekit.core.RetriableException on rate limits, timeouts, server errors
     * @throws org.practicekit.core.NonRetriableException on authentication or invalid-request errors
     */
    public LlmResponse complete(LlmRequest request) {
        Objects.requireNonNull(request, "request == null");
        validate(request);
        long started = System.nanoTime();
        LlmResponse response = doComplete(request);
        Duration latency = Duration.ofNanos(System.nanoTime() - started);
        return response.toBuilder().latency(latency).build();
    }

    /** One attempt against the provider. Throw the core exception tree; never log prompt text. */
    protected abstract LlmResponse doComplete(LlmRequest request);

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
        problems.throwIfAny();
    }
}
