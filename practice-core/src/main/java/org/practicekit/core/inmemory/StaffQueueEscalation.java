package org.practicekit.core.inmemory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.practicekit.core.spi.Escalation;
import org.practicekit.core.spi.HumanEscalation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded {@link HumanEscalation}: a staff queue in memory, plus a WARN log line per
 * escalation (category and key only, never the summary) so an unattended demo still shows it.
 * A real deployment wires paging or the on-call phone instead. Thread-safe; idempotent on key.
 */
public final class StaffQueueEscalation implements HumanEscalation {
    private static final Logger LOG = LoggerFactory.getLogger(StaffQueueEscalation.class);

    private final Map<String, Escalation> queue = new LinkedHashMap<>();

    @Override
    public synchronized void escalate(Escalation escalation) {
        Objects.requireNonNull(escalation, "escalation == null");
        if (queue.putIfAbsent(escalation.idempotencyKey(), escalation) == null) {
            LOG.warn("escalation {} {} queued for staff (key {})", escalation.urgency(), escalation.category(),
                    escalation.idempotencyKey());
        }
    }

    /** Escalations waiting for staff, oldest first. */
    public synchronized List<Escalation> pending() {
        return new ArrayList<>(queue.values());
    }

    /** Marks an escalation handled. */
    public synchronized boolean resolve(String idempotencyKey) {
        return queue.remove(idempotencyKey) != null;
    }
}
