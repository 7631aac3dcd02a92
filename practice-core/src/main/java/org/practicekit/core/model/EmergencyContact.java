package org.practicekit.core.model;

import java.util.Objects;

/** Who to call in an emergency, and how they relate to the client ("spouse", "parent"). */
public record EmergencyContact(PersonName name, String relationship, ContactPoint phone) {
    public EmergencyContact {
        Objects.requireNonNull(name, "name == null");
        Objects.requireNonNull(relationship, "relationship == null");
        Objects.requireNonNull(phone, "phone == null");
    }
}
