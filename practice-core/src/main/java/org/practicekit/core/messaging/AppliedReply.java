package org.practicekit.core.messaging;

import java.util.Objects;

/**
 * What a client's reply did, PHI-free.
 *
 * @param question what the client had been asked ("waitlist-offer", "reschedule", "appointment")
 * @param action what their reply did ("accepted", "declined", "picked-option-2", "confirmed", "cancelled")
 * @param reference the offer or appointment it acted on
 */
public record AppliedReply(String question, String action, String reference) {
    public AppliedReply {
        Objects.requireNonNull(question, "question == null");
        Objects.requireNonNull(action, "action == null");
        Objects.requireNonNull(reference, "reference == null");
    }
}
