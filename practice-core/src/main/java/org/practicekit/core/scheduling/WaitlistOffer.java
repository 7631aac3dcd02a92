package org.practicekit.core.scheduling;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.practicekit.core.model.AppointmentId;

/**
 * The state of one freed slot being offered down the waitlist: who holds the offer now and until
 * when, who declined or let it expire, and how it ended.
 */
public record WaitlistOffer(String id, OpenSlot slot, Status status, Optional<String> offeredTo,
        Optional<Instant> expiresAt, List<String> declined, List<String> expired, Optional<AppointmentId> appointment) {
    /** Where the offer is. */
    public enum Status {
        /** Offered to one client, waiting for an answer. */
        OFFERED,
        /** Booked by a client from the waitlist. */
        FILLED,
        /** Nobody fitting was left, or the slot got too close to fill. */
        UNFILLED
    }

    public WaitlistOffer {
        Objects.requireNonNull(id, "id == null");
        Objects.requireNonNull(slot, "slot == null");
        Objects.requireNonNull(status, "status == null");
        Objects.requireNonNull(offeredTo, "offeredTo == null");
        Objects.requireNonNull(expiresAt, "expiresAt == null");
        declined = List.copyOf(declined);
        expired = List.copyOf(expired);
        Objects.requireNonNull(appointment, "appointment == null");
    }
}
