package org.practicekit.core.intake;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.practicekit.core.model.AppointmentId;

/** The answer of a {@link FirstAppointmentScheduler}: a confirmed appointment, or why none could be booked. */
public final class FirstAppointmentResult {
    private final AppointmentId appointmentId;
    private final Instant start;
    private final String reason;

    private FirstAppointmentResult(AppointmentId appointmentId, Instant start, String reason) {
        this.appointmentId = appointmentId;
        this.start = start;
        this.reason = reason;
    }

    /** The appointment is booked and confirmed. */
    public static FirstAppointmentResult confirmed(AppointmentId appointmentId, Instant start) {
        return new FirstAppointmentResult(Objects.requireNonNull(appointmentId, "appointmentId == null"),
                Objects.requireNonNull(start, "start == null"), "");
    }

    /** Nothing could be booked; staff are asked to book it. {@code reason} is PHI-free. */
    public static FirstAppointmentResult notBooked(String reason) {
        Objects.requireNonNull(reason, "reason == null");
        if (reason.isBlank()) {
            throw new IllegalArgumentException("reason is blank");
        }
        return new FirstAppointmentResult(null, null, reason);
    }

    public boolean isConfirmed() {
        return appointmentId != null;
    }

    public Optional<AppointmentId> appointmentId() {
        return Optional.ofNullable(appointmentId);
    }

    public Optional<Instant> start() {
        return Optional.ofNullable(start);
    }

    /** Why nothing was booked, or "" when confirmed. */
    public String reason() {
        return reason;
    }

    @Override
    public String toString() {
        return isConfirmed() ? "FirstAppointmentResult[confirmed " + appointmentId + "]" : "FirstAppointmentResult[not booked]";
    }
}
