package org.practicekit.core.inmemory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.practicekit.core.spi.DeliveryReceipt;
import org.practicekit.core.spi.MessageChannel;
import org.practicekit.core.spi.OutboundMessage;

/**
 * The embedded {@link MessageChannel}: accepts each idempotency key once and keeps the messages in
 * an outbox the host can read or drain to its real gateway. Thread-safe.
 */
public final class OutboxMessageChannel implements MessageChannel {
    private final Clock clock;
    private final Map<String, DeliveryReceipt> receipts = new LinkedHashMap<>();
    private final List<OutboundMessage> outbox = new ArrayList<>();

    public OutboxMessageChannel(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock == null");
    }

    @Override
    public synchronized DeliveryReceipt send(OutboundMessage message) {
        Objects.requireNonNull(message, "message == null");
        DeliveryReceipt earlier = receipts.get(message.idempotencyKey());
        if (earlier != null) {
            return new DeliveryReceipt(earlier.idempotencyKey(), earlier.providerMessageId(), true, earlier.acceptedAt());
        }
        DeliveryReceipt receipt = new DeliveryReceipt(message.idempotencyKey(), "outbox-" + (outbox.size() + 1), false,
                clock.instant());
        receipts.put(message.idempotencyKey(), receipt);
        outbox.add(message);
        return receipt;
    }

    /** Every distinct message accepted, in order. */
    public synchronized List<OutboundMessage> messages() {
        return List.copyOf(outbox);
    }

    /** Returns and forgets the messages accepted so far; keys stay remembered so duplicates stay suppressed. */
    public synchronized List<OutboundMessage> drain() {
        List<OutboundMessage> out = List.copyOf(outbox);
        outbox.clear();
        return out;
    }
}
