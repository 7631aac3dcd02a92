package org.practicekit.core.messaging;

/**
 * A queue that takes client messages of one kind: the scheduling engine's requests, the intake
 * workflow, the billing queue, the staff inbox. The host adapts its engines to this port.
 *
 * <p>Contract: idempotent on {@link RoutedMessage#idempotencyKey()}; thread-safe; a failure throws,
 * and the desk then hands the message to the staff inbox instead.
 */
@FunctionalInterface
public interface MessageInbox {
    void deliver(RoutedMessage message);
}
