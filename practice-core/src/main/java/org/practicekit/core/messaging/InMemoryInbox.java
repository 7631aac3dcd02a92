package org.practicekit.core.messaging;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The embedded {@link MessageInbox}: keeps routed messages in memory for staff or an engine to
 * take. The desk's default staff inbox. Thread-safe; idempotent on key.
 */
public final class InMemoryInbox implements MessageInbox {
    private final Map<String, RoutedMessage> messages = new LinkedHashMap<>();

    @Override
    public synchronized void deliver(RoutedMessage message) {
        Objects.requireNonNull(message, "message == null");
        messages.putIfAbsent(message.idempotencyKey(), message);
    }

    /** Messages waiting, oldest first. */
    public synchronized List<RoutedMessage> waiting() {
        return new ArrayList<>(messages.values());
    }

    /** Removes a handled message; false if it was not waiting. */
    public synchronized boolean handled(String idempotencyKey) {
        return messages.remove(idempotencyKey) != null;
    }
}
