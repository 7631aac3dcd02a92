package org.practicekit.core.spi;

/**
 * Delivers messages to clients (an SMS gateway, an email service, a patient portal).
 *
 * <p>Contract: delivery is idempotent on {@link OutboundMessage#idempotencyKey()}: sending the same
 * key again returns a receipt marked {@code duplicate} and sends nothing. A transient failure
 * throws {@link org.practicekit.core.RetriableException}; a permanent one (unknown number, opted
 * out) throws {@link org.practicekit.core.NonRetriableException}. Thread-safe.
 */
public interface MessageChannel {
    DeliveryReceipt send(OutboundMessage message);
}
