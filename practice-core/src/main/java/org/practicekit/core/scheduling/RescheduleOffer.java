package org.practicekit.core.scheduling;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.practicekit.core.model.AppointmentId;

/**
 * New times offered for one appointment, each held for the client until {@code expiresAt}.
 * Accept one with {@link AppointmentBook#acceptReschedule}; the others are released.
 */
public record RescheduleOffer(String id, AppointmentId appointmentId, List<OpenSlot> options, Instant expiresAt) {
    public RescheduleOffer {
        Objects.requireNonNull(id, "id == null");
        Objects.requireNonNull(appointmentId, "appointmentId == null");
        options = List.copyOf(options);
        Objects.requireNonNull(expiresAt, "expiresAt == null");
    }
}
