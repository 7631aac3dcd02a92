package org.practicekit.core.model;

/** Where an appointment is in its life. Terminal states: CANCELLED, LATE_CANCELLED, NO_SHOW, COMPLETED. */
public enum AppointmentStatus {
    /** Held in the book, not yet confirmed by the client. */
    BOOKED,
    /** The client confirmed. */
    CONFIRMED,
    /** Cancelled with enough notice. */
    CANCELLED,
    /** Cancelled inside the practice's late-cancel window. */
    LATE_CANCELLED,
    /** The client did not attend. */
    NO_SHOW,
    /** The session took place. */
    COMPLETED;

    /** True while the appointment still occupies its time in the book. */
    public boolean holdsTime() {
        return this == BOOKED || this == CONFIRMED || this == COMPLETED || this == NO_SHOW;
    }

    public boolean isTerminal() {
        return this != BOOKED && this != CONFIRMED;
    }
}
