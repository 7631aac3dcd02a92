package org.practicekit.core.scheduling.internal;

import java.util.Objects;
import org.practicekit.core.NonRetriableException;
import org.practicekit.core.RetriableException;
import org.practicekit.core.VersionConflictException;
import org.practicekit.core.event.PracticeListener;
import org.practicekit.core.model.ClientId;
import org.practicekit.core.model.ContactPoint;
import org.practicekit.core.spi.DeliveryReceipt;
import org.practicekit.core.spi.MessageChannel;
import org.practicekit.core.spi.OutboundMessage;
import org.practicekit.core.spi.StoredRecord;
import org.practicekit.core.spi.WorkflowStore;
import org.practicekit.core.store.StoredFields;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends scheduling messages so that none is lost and none is sent twice: each message is first
 * stored as pending under its idempotency key, then sent, then forgotten. A message whose send
 * failed transiently (or whose engine stopped mid-way) is sent again by {@link #retryPending()}
 * with the same key, which the channel deduplicates. Thread-safe.
 */
public final class Outbox {
    private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);
    private static final String KIND = "sched-outbox";

    private final WorkflowStore store;
    private final MessageChannel channel;
    private final PracticeListener listener;

    public Outbox(WorkflowStore store, MessageChannel channel, PracticeListener listener) {
        this.store = Objects.requireNonNull(store, "store == null");
        this.channel = Objects.requireNonNull(channel, "channel == null");
        this.listener = Objects.requireNonNull(listener, "listener == null");
    }

    /** Stores the message as pending and tries to send it now. True when the channel accepted it. */
    public boolean deliver(OutboundMessage m) {
        try {
            store.insert(KIND, m.idempotencyKey(), encode(m));
        } catch (VersionConflictException alreadyPending) {
            // Another call is delivering the same key; sending again is harmless (the channel deduplicates).
        }
        return trySend(m);
    }

    /** Sends every pending message again. Returns how many the channel accepted. */
    public int retryPending() {
        int sent = 0;
        for (StoredRecord r : store.list(KIND)) {
            if (trySend(decode(r.payload()))) {
                sent++;
            }
        }
        return sent;
    }

    private boolean trySend(OutboundMessage m) {
        try {
            DeliveryReceipt receipt = channel.send(m);
            forget(m.idempotencyKey());
            if (!receipt.duplicate()) {
                listener.onMessageSent(m, receipt);
            }
            return true;
        } catch (RetriableException e) {
            LOG.warn("scheduling message {} not sent yet, will retry (key {})", m.purpose(), m.idempotencyKey());
            return false;
        } catch (NonRetriableException e) {
            LOG.warn("scheduling message {} rejected by the channel (key {})", m.purpose(), m.idempotencyKey());
            forget(m.idempotencyKey());
            return false;
        }
    }

    private void forget(String key) {
        store.read(KIND, key).ifPresent(r -> {
            try {
                store.delete(KIND, key, r.version());
            } catch (VersionConflictException ignored) {
                // someone else forgot it first
            }
        });
    }

    private static String encode(OutboundMessage m) {
        StoredFields f = StoredFields.create().put("key", m.idempotencyKey()).put("client", m.clientId().value())
                .put("toKind", m.to().kind().name()).put("to", m.to().value()).put("body", m.body())
                .put("purpose", m.purpose());
        m.subject().ifPresent(s -> f.put("subject", s));
        return f.encode();
    }

    private static OutboundMessage decode(String payload) {
        StoredFields f = StoredFields.decode(payload);
        OutboundMessage.Builder b = OutboundMessage.builder().idempotencyKey(f.require("key"))
                .clientId(ClientId.of(f.require("client")))
                .to(new ContactPoint(ContactPoint.Kind.valueOf(f.require("toKind")), f.require("to")))
                .body(f.require("body")).purpose(f.require("purpose"));
        f.get("subject").ifPresent(b::subject);
        return b.build();
    }
}
