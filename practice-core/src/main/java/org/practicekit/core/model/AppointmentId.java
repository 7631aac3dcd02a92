package org.practicekit.core.model;

import java.util.Objects;

/** The identifier of one appointment. Opaque to PracticeKit; the host chooses the format. */
public record AppointmentId(String value) {
    public AppointmentId {
        Objects.requireNonNull(value, "value == null");
        if (value.isBlank()) {
            throw new IllegalArgumentException("AppointmentId is blank");
        }
        if (value.length() > 128) {
            throw new IllegalArgumentException("AppointmentId longer than 128 characters");
        }
    }

    public static AppointmentId of(String value) {
        return new AppointmentId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
