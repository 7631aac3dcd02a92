package org.practicekit.core.model;

import java.util.Objects;

/** The identifier of a practice location (an office). Opaque to PracticeKit; the host chooses the format. */
public record LocationId(String value) {
    public LocationId {
        Objects.requireNonNull(value, "value == null");
        if (value.isBlank()) {
            throw new IllegalArgumentException("LocationId is blank");
        }
        if (value.length() > 128) {
            throw new IllegalArgumentException("LocationId longer than 128 characters");
        }
    }

    public static LocationId of(String value) {
        return new LocationId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
