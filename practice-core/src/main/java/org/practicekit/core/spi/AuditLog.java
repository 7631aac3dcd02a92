package org.practicekit.core.spi;

import java.time.Instant;
import java.util.List;

/**
 * Append-only record of disclosures and significant actions, so a practice can answer "what left
 * the building, when, and why". Implementations are thread-safe and must not drop events: a failing
 * audit write fails the action that caused it.
 */
public interface AuditLog {
    /** Appends one event. */
    void record(AuditEvent event);

    /** Events with {@code from <= at < to}, in the order they were recorded. */
    List<AuditEvent> find(Instant from, Instant to);
}
