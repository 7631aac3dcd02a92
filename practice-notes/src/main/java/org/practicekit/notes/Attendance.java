package org.practicekit.notes;

/**
 * Whether the client came to the scheduled session. A note is still written when they did not:
 * it documents the missed session, the outreach and the risk follow-up.
 */
public enum Attendance {
    /** The session took place. */
    ATTENDED,
    /** The client did not come and did not cancel. */
    NO_SHOW,
    /** The client cancelled too late for the slot to be offered to someone else. */
    LATE_CANCELLATION
}
