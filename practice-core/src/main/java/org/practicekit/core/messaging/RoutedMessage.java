package org.practicekit.core.messaging;

import java.util.Objects;

/**
 * A message without risk on its way to the queue that handles it.
 *
 * @param message the client's message (PHI)
 * @param intent why it went to this queue
 * @param idempotencyKey deterministic per message, so delivering twice queues it once
 */
public record RoutedMessage(ClientMessage message, MessageIntent intent, String idempotencyKey) {
    public RoutedMessage {
        Objects.requireNonNull(message, "message == null");
        Objects.requireNonNull(intent, "intent == null");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey == null");
    }

    @Override
    public String toString() {
        return "RoutedMessage[" + message.id() + ", " + intent + "]";
    }
}
