package org.practicekit.core.model;

import java.util.Objects;

/** The practice's own identifier for a client (the person in care). Opaque to PracticeKit; the host chooses the format. */
public record ClientId(String value) {
    public ClientId {
        Objects.requireNonNull(value, "value == null");
        if (value.isBlank()) {
            throw new IllegalArgumentException("ClientId is blank");
        }
        if (value.length() > 128) {
            throw new IllegalArgumentException("ClientId longer than 128 characters");
        }
    }

    public static ClientId of(String value) {
        return new ClientId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
