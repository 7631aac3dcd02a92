package org.practicekit.core.messaging;

import java.util.Objects;

/**
 * What a client's reply did, PHI-free.
 *
 * @param question what the client had been asked ("waitlist-offer", "reschedule", "appointment")
 * @param action what their reply did ("accepted", "declined", "picked-option-2", "confirmed", "cancelled")
 * @param reference the offer or appointment it acted on
 * @param again true when this very message had been applied before (a gateway's redelivery): nothing was
 *     done a second time
 */
public record AppliedReply(String question, String action, String reference, boolean again) {
    public AppliedReply {
        Objects.requireNonNull(question, "question == null");
        Objects.requireNonNull(action, "action == null");
        Objects.requireNonNull(reference, "reference == null");
    }

    /** A reply applied now. */
    public static AppliedReply applied(String question, String action, String reference) {
        return new AppliedReply(question, action, reference, false);
    }
}
