package org.practicekit.core.spi;

import java.time.Instant;
import java.util.Objects;

/**
 * A channel's acknowledgement that it accepted a message.
 *
 * @param idempotencyKey the message's key
 * @param providerMessageId the provider's id for the message
 * @param duplicate true when the key had already been accepted and nothing new was sent
 * @param acceptedAt when the channel first accepted the key
 */
public record DeliveryReceipt(String idempotencyKey, String providerMessageId, boolean duplicate, Instant acceptedAt) {
    public DeliveryReceipt {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey == null");
        Objects.requireNonNull(providerMessageId, "providerMessageId == null");
        Objects.requireNonNull(acceptedAt, "acceptedAt == null");
    }
}
