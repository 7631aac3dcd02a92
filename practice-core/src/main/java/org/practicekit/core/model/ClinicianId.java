package org.practicekit.core.model;

import java.util.Objects;

/** The practice's identifier for a clinician. Opaque to PracticeKit; the host chooses the format. */
public record ClinicianId(String value) {
    public ClinicianId {
        Objects.requireNonNull(value, "value == null");
        if (value.isBlank()) {
            throw new IllegalArgumentException("ClinicianId is blank");
        }
        if (value.length() > 128) {
            throw new IllegalArgumentException("ClinicianId longer than 128 characters");
        }
    }

    public static ClinicianId of(String value) {
        return new ClinicianId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
