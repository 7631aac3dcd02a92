package org.practicekit.core.messaging.outreach;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;
import org.practicekit.core.inmemory.OutboxMessageChannel;
import org.practicekit.core.spi.DeliveryReceipt;
import org.practicekit.core.spi.MessageChannel;
import org.practicekit.core.spi.OutboundMessage;

/** An outbox that fails the next calls as scripted, optionally after accepting (a lost response). */
final class ScriptedChannel implements MessageChannel {
    final OutboxMessageChannel outbox;
    private final Deque<Supplier<RuntimeException>> failures = new ArrayDeque<>();
    private boolean acceptThenFail;
    int calls;

    ScriptedChannel(Clock clock) {
        this.outbox = new OutboxMessageChannel(clock);
    }

    ScriptedChannel failNext(int times, Supplier<RuntimeException> failure) {
        for (int i = 0; i < times; i++) {
            failures.add(failure);
        }
        return this;
    }

    ScriptedChannel loseNextResponse() {
        acceptThenFail = true;
        return this;
    }

    @Override
    public synchronized DeliveryReceipt send(OutboundMessage message) {
        calls++;
        if (acceptThenFail) {
            acceptThenFail = false;
            outbox.send(message);
            throw new org.practicekit.core.RetriableException("timeout after the gateway accepted");
        }
        Supplier<RuntimeException> f = failures.poll();
        if (f != null) {
            throw f.get();
        }
        return outbox.send(message);
    }

    List<OutboundMessage> delivered() {
        return outbox.messages();
    }
}
