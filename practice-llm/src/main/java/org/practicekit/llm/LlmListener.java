package org.practicekit.llm;

import org.practicekit.core.PracticeKitException;

/**
 * Observes every attempt an {@link LlmClient} makes: {@code onRequest} before each attempt, then
 * either {@code onResponse} (success, once per call) or {@code onError} (each failed attempt,
 * saying whether a retry follows). Methods are no-ops so new events can be added without breaking
 * implementations.
 *
 * <p>Listeners run on the calling thread and must be fast and must not throw (an exception from a
 * listener is ignored). The request text may be PHI (pseudonymized when the call came through the
 * PHI guard): never log it.
 */
public abstract class LlmListener {
    /** Before attempt {@code attempt} (1 for the first). */
    public void onRequest(LlmEndpoint endpoint, LlmRequest request, int attempt) {
    }

    /** After a successful attempt. */
    public void onResponse(LlmEndpoint endpoint, LlmRequest request, LlmResponse response) {
    }

    /** After a failed attempt; {@code willRetry} says whether another attempt follows. */
    public void onError(LlmEndpoint endpoint, LlmRequest request, PracticeKitException error, int attempt,
            boolean willRetry) {
    }
}
