package org.practicekit.core.scheduling;

import java.util.Objects;

/** An open slot with its fit score for one client (higher is better). */
public record RankedSlot(OpenSlot slot, long score) {
    public RankedSlot {
        Objects.requireNonNull(slot, "slot == null");
    }
}
