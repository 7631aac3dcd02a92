package org.practicekit.core.intake;

/** Where an intake case stands. */
public enum IntakeStatus {
    /** The packet link was sent (or is queued to be sent); nothing received yet. */
    PACKET_SENT,
    /** The client has saved some answers but not submitted. */
    IN_PROGRESS,
    /** The client submitted with items missing; they were asked for them in one message. */
    AWAITING_MISSING_ITEMS,
    /** Everything is in; eligibility is being checked and the intake routed to the EHR. */
    SUBMITTED,
    /** The client is in the EHR; the first appointment is not confirmed yet. */
    ROUTED,
    /** In the EHR and the first appointment is confirmed. */
    COMPLETE,
    /** Withdrawn by the practice or the client; nothing more is sent. */
    CANCELLED;

    /** True while the practice is waiting for the client. */
    public boolean awaitingClient() {
        return this == PACKET_SENT || this == IN_PROGRESS || this == AWAITING_MISSING_ITEMS;
    }

    /** True when the case accepts no more answers. */
    public boolean closedToAnswers() {
        return !awaitingClient();
    }
}
