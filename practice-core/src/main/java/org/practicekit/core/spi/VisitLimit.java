package org.practicekit.core.spi;

import java.util.OptionalInt;

/**
 * A plan's limit on outpatient mental-health visits in the benefit period, as the payer stated it:
 * the visits left and, when the payer said, the visits allowed.
 *
 * @param remaining visits left in the period, 0 when the limit is reached
 * @param allowed visits allowed in the period, when stated
 */
public record VisitLimit(int remaining, OptionalInt allowed) {
    public VisitLimit {
        if (remaining < 0) {
            throw new IllegalArgumentException("remaining must not be negative");
        }
        if (allowed == null) {
            throw new NullPointerException("allowed == null");
        }
        if (allowed.isPresent() && allowed.getAsInt() < remaining) {
            throw new IllegalArgumentException("allowed must be at least remaining");
        }
    }

    /** A limit of {@code allowed} visits of which {@code used} are used. */
    public static VisitLimit of(int allowed, int used) {
        return new VisitLimit(Math.max(0, allowed - used), OptionalInt.of(allowed));
    }

    /** Visits used so far, when the allowed number is known. */
    public OptionalInt used() {
        return allowed.isPresent() ? OptionalInt.of(allowed.getAsInt() - remaining) : OptionalInt.empty();
    }

    /** True when no visit is left: the next claim would deny (CO-119) unless the payer extends it. */
    public boolean exhausted() {
        return remaining == 0;
    }

    @Override
    public String toString() {
        return remaining + " visits left" + (allowed.isPresent() ? " of " + allowed.getAsInt() : "");
    }
}
