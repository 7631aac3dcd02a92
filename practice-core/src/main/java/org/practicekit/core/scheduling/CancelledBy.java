package org.practicekit.core.scheduling;

/** Who cancelled: only a client's own late cancellation can carry a fee. */
public enum CancelledBy {
    CLIENT,
    PRACTICE
}
