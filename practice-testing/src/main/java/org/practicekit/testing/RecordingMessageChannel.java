package org.practicekit.testing;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.practicekit.core.NonRetriableException;
import org.practicekit.core.RetriableException;
import org.practicekit.core.spi.DeliveryReceipt;
import org.practicekit.core.spi.MessageChannel;
import org.practicekit.core.spi.OutboundMessage;

/**
 * A {@link MessageChannel} that records every call and every distinct delivery, honours
 * idempotency keys like a real gateway, and can be told to fail. Thread-safe.
 *
 * <pre>{@code
 * RecordingMessageChannel channel = RecordingMessageChannel.create(clock);
 * channel.failNext(2);            // two transient failures, then success
 * channel.failWhen(m -> true);    // every send fails permanently
 * }</pre>
 */
public final class RecordingMessageChannel implements MessageChannel {
    private final Clock clock;
    private final List<OutboundMessage> attempts = new ArrayList<>();
    private final Map<String, OutboundMessage> delivered = new LinkedHashMap<>();
    private final Map<String, DeliveryReceipt> receipts = new LinkedHashMap<>();
    private int transientFailures;
    private Predicate<OutboundMessage> permanentFailure = m -> false;

    private RecordingMessageChannel(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock == null");
    }

    public static RecordingMessageChannel create(Clock clock) {
        return new RecordingMessageChannel(clock);
    }

    /** The next {@code count} sends throw {@link RetriableException} and deliver nothing. */
    public synchronized RecordingMessageChannel failNext(int count) {
        this.transientFailures = count;
        return this;
    }

    /** Sends matching {@code which} throw {@link NonRetriableException} (e.g. an opted-out number). */
    public synchronized RecordingMessageChannel failWhen(Predicate<OutboundMessage> which) {
        this.permanentFailure = Objects.requireNonNull(which, "which == null");
        return this;
    }

    @Override
    public synchronized DeliveryReceipt send(OutboundMessage message) {
        Objects.requireNonNull(message, "message == null");
        attempts.add(message);
        if (transientFailures > 0) {
            transientFailures--;
            throw new RetriableException("gateway timeout (scripted)", "recording-channel", "send", null);
        }
        if (permanentFailure.test(message)) {
            throw new NonRetriableException("recipient rejected (scripted)", "recording-channel", "send", null);
        }
        DeliveryReceipt earlier = receipts.get(message.idempotencyKey());
        if (earlier != null) {
            return new DeliveryReceipt(earlier.idempotencyKey(), earlier.providerMessageId(), true, earlier.acceptedAt());
        }
        DeliveryReceipt receipt = new DeliveryReceipt(message.idempotencyKey(), "msg-" + (delivered.size() + 1), false,
                clock.instant());
        receipts.put(message.idempotencyKey(), receipt);
        delivered.put(message.idempotencyKey(), message);
        return receipt;
    }

    /** Distinct messages delivered, in order (a duplicate key counts once). */
    public synchronized List<OutboundMessage> delivered() {
        return List.copyOf(delivered.values());
    }

    /** Delivered messages with this purpose code. */
    public synchronized List<OutboundMessage> delivered(String purpose) {
        return delivered.values().stream().filter(m -> m.purpose().equals(purpose)).toList();
    }

    /** Every call to {@link #send}, including failures and duplicates. */
    public synchronized List<OutboundMessage> attempts() {
        return List.copyOf(attempts);
    }

    public synchronized void clear() {
        attempts.clear();
        delivered.clear();
        receipts.clear();
    }
}
