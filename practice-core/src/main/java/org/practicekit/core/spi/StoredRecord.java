package org.practicekit.core.spi;

import java.time.Instant;
import java.util.Objects;

/**
 * One record in a {@link WorkflowStore}: a kind ("intake-case"), an id, an optimistic version that
 * starts at 1 and grows by one on every update, and an opaque payload the owning engine encodes.
 */
public record StoredRecord(String kind, String id, long version, String payload, Instant updatedAt) {
    public StoredRecord {
        Objects.requireNonNull(kind, "kind == null");
        Objects.requireNonNull(id, "id == null");
        Objects.requireNonNull(payload, "payload == null");
        Objects.requireNonNull(updatedAt, "updatedAt == null");
        if (version < 1) {
            throw new IllegalArgumentException("version starts at 1");
        }
    }

    @Override
    public String toString() {
        return "StoredRecord[" + kind + "/" + id + " v" + version + "]";
    }
}
