package org.practicekit.core.spi;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * When a stored record next needs an engine's attention: at an instant (a reminder, a hold expiry, a
 * filing deadline's alert), or never again because the case is closed. A store with a due index reads
 * only what is due, so a practice with 100,000 closed cases does not pay for them on every
 * {@code due(now)}.
 *
 * @param at when the record is next due; empty when it is closed
 */
public record NextDue(Optional<Instant> at) {
    private static final NextDue CLOSED = new NextDue(Optional.empty());
    private static final NextDue NOW = new NextDue(Optional.of(Instant.EPOCH));

    public NextDue {
        Objects.requireNonNull(at, "at == null");
    }

    /** Due at {@code instant}. */
    public static NextDue at(Instant instant) {
        return new NextDue(Optional.of(Objects.requireNonNull(instant, "instant == null")));
    }

    /** Never due again: the case is closed and {@code due} never reads it. */
    public static NextDue closed() {
        return CLOSED;
    }

    /**
     * Due on every call: what a write that says nothing about its due time means, so records written by
     * engines (or versions) that do not tell the index are never missed.
     */
    public static NextDue always() {
        return NOW;
    }

    public boolean isClosed() {
        return at.isEmpty();
    }

    /** The earlier of the two; closed is later than any instant. */
    public NextDue earliest(NextDue other) {
        Objects.requireNonNull(other, "other == null");
        if (isClosed()) {
            return other;
        }
        if (other.isClosed()) {
            return this;
        }
        return at.get().isAfter(other.at.get()) ? other : this;
    }
}
