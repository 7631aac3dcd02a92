package org.practicekit.core.practice;

import java.time.Instant;
import java.util.List;
import org.practicekit.core.event.WorkflowEvent;

/**
 * An engine from a module outside core (the note book in practice-notes) that has work of its own to
 * do later. An engine obtained through {@link Practice#engine} that implements this is included in
 * {@link Practice#due(Instant)}.
 */
@FunctionalInterface
public interface DueSource {
    /** Carries out what is due at {@code now} and says what it did, without PHI. */
    List<WorkflowEvent> due(Instant now);
}
