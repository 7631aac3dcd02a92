package org.practicekit.core.inmemory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.practicekit.core.spi.AuditEvent;
import org.practicekit.core.spi.AuditLog;

/** Keeps audit events in memory, in recording order. Thread-safe. */
public final class InMemoryAuditLog implements AuditLog {
    private final List<AuditEvent> events = new ArrayList<>();

    @Override
    public synchronized void record(AuditEvent event) {
        events.add(Objects.requireNonNull(event, "event == null"));
    }

    @Override
    public synchronized List<AuditEvent> find(Instant from, Instant to) {
        List<AuditEvent> out = new ArrayList<>();
        for (AuditEvent e : events) {
            if (!e.at().isBefore(from) && e.at().isBefore(to)) {
                out.add(e);
            }
        }
        return out;
    }

    /** Every event recorded so far. */
    public synchronized List<AuditEvent> all() {
        return List.copyOf(events);
    }
}
