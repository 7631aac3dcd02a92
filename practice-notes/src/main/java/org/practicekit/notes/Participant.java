package org.practicekit.notes;

import java.util.Objects;

/**
 * Someone other than the client who took part in the session.
 *
 * @param role the relationship to the client ("mother", "partner")
 * @param name the name used in the note, or "" to refer to them by role only
 */
public record Participant(String role, String name) {
    public Participant {
        role = Objects.requireNonNull(role, "role == null").strip();
        name = Objects.requireNonNull(name, "name == null").strip();
    }
}
