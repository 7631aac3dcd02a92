package org.practicekit.core.scheduling;

import java.util.Objects;

/** One client paired with one slot in an {@link Assignment}, with the pair's weight. */
public record Match(SlotRequest request, OpenSlot slot, long weight) {
    public Match {
        Objects.requireNonNull(request, "request == null");
        Objects.requireNonNull(slot, "slot == null");
    }
}
