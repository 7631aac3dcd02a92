package org.practicekit.core.messaging.outreach;

import java.util.Objects;
import org.practicekit.core.model.ClientId;

/**
 * What one {@link ClientFollowUps#due} pass did with one planned follow-up. PHI-free.
 *
 * @param followUpId the follow-up ("homework:hw-7", "checkin:ci-3", "noshow:appt-9")
 * @param clientId whose
 * @param purpose the message purpose
 * @param occurrence which planned message of the follow-up (0-based)
 * @param status what happened
 */
public record FollowUpSent(String followUpId, ClientId clientId, String purpose, int occurrence, Status status) {
    /** What happened to a planned message. */
    public enum Status {
        /** Handed to the channel (which may still hold it for the client's morning). */
        SENT,
        /** A later message of the same kind was due too, so only the latest went. */
        SKIPPED_STALE,
        /** No contact point the client accepts text on, or the channel refused for good. */
        UNREACHABLE
    }

    public FollowUpSent {
        Objects.requireNonNull(followUpId, "followUpId == null");
        Objects.requireNonNull(clientId, "clientId == null");
        Objects.requireNonNull(purpose, "purpose == null");
        Objects.requireNonNull(status, "status == null");
    }
}
