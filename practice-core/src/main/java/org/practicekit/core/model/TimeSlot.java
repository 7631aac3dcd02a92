package org.practicekit.core.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** A half-open interval of time [start, end). Instants, so it means the same in every zone. */
public record TimeSlot(Instant start, Instant end) implements Comparable<TimeSlot> {
    public TimeSlot {
        Objects.requireNonNull(start, "start == null");
        Objects.requireNonNull(end, "end == null");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("end must be after start");
        }
    }

    public static TimeSlot of(Instant start, Duration length) {
        return new TimeSlot(start, start.plus(length));
    }

    public Duration duration() {
        return Duration.between(start, end);
    }

    /** True when the two slots share any instant (touching end-to-start does not overlap). */
    public boolean overlaps(TimeSlot other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    public boolean contains(Instant t) {
        return !t.isBefore(start) && t.isBefore(end);
    }

    /** This slot widened by {@code before} and {@code after}, e.g. to apply buffers. */
    public TimeSlot widen(Duration before, Duration after) {
        return new TimeSlot(start.minus(before), end.plus(after));
    }

    @Override
    public int compareTo(TimeSlot o) {
        int c = start.compareTo(o.start);
        return c != 0 ? c : end.compareTo(o.end);
    }
}
