package org.practicekit.core.model;

import java.time.ZoneId;
import java.util.Objects;

/** A practice office where in-person sessions happen. */
public record Location(LocationId id, String name, Address address, ZoneId zone) {
    public Location {
        Objects.requireNonNull(id, "id == null");
        Objects.requireNonNull(name, "name == null");
        Objects.requireNonNull(address, "address == null");
        Objects.requireNonNull(zone, "zone == null");
    }
}
