package org.practicekit.core.messaging.outreach;

import java.util.Objects;
import org.practicekit.core.model.ClientId;

/**
 * What one {@link ClientOutreach#due} pass did with one queued message. PHI-free.
 *
 * @param idempotencyKey the message's key
 * @param clientId whose message
 * @param purpose the message's purpose code
 * @param status what happened
 * @param attempts delivery attempts so far
 */
public record DeliveryOutcome(String idempotencyKey, ClientId clientId, String purpose, Status status, int attempts) {
    /** What happened to the message in this pass. */
    public enum Status {
        /** The channel accepted it. */
        SENT,
        /** Still quiet hours in the client's zone: moved to their morning. */
        DEFERRED,
        /** The channel failed; another attempt is scheduled with backoff. */
        RETRY_SCHEDULED,
        /** Out of attempts or refused for good: staff were told. */
        FAILED,
        /** The client opted out before it could go: dropped. */
        SUPPRESSED
    }

    public DeliveryOutcome {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey == null");
        Objects.requireNonNull(clientId, "clientId == null");
        Objects.requireNonNull(purpose, "purpose == null");
        Objects.requireNonNull(status, "status == null");
    }
}
