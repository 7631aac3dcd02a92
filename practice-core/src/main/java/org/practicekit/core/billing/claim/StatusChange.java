package org.practicekit.core.billing.claim;

import java.time.Instant;
import java.util.Objects;

/** One move in a claim's life: from which state, to which, when, and why (no PHI). */
public record StatusChange(ClaimStatus from, ClaimStatus to, Instant at, String reason) {
    public StatusChange {
        Objects.requireNonNull(from, "from == null");
        Objects.requireNonNull(to, "to == null");
        Objects.requireNonNull(at, "at == null");
        Objects.requireNonNull(reason, "reason == null");
    }
}
