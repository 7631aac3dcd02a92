package org.practicekit.core.scheduling;

import java.util.Objects;

/**
 * What happened when a client was put on the waitlist: listed at a priority, or escalated to a
 * person because of an acute-risk indicator (and not listed).
 */
public record WaitlistDecision(String entryId, Outcome outcome, Priority priority) {
    /** Listed or escalated. */
    public enum Outcome {
        LISTED,
        ESCALATED
    }

    public WaitlistDecision {
        Objects.requireNonNull(entryId, "entryId == null");
        Objects.requireNonNull(outcome, "outcome == null");
        Objects.requireNonNull(priority, "priority == null");
    }
}
