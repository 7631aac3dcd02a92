package org.practicekit.core.scheduling;

import java.time.LocalTime;
import java.util.Objects;

/**
 * A window of local wall-clock time within one day, [start, end), e.g. "weekday evenings 17:00-20:00"
 * in the client's own zone.
 */
public record TimeWindow(LocalTime start, LocalTime end) {
    public TimeWindow {
        Objects.requireNonNull(start, "start == null");
        Objects.requireNonNull(end, "end == null");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("a time window ends after it starts");
        }
    }

    public static TimeWindow of(String start, String end) {
        return new TimeWindow(LocalTime.parse(start), LocalTime.parse(end));
    }

    /** True when {@code t} lies in [start, end). */
    public boolean contains(LocalTime t) {
        return !t.isBefore(start) && t.isBefore(end);
    }

    /** True when [from, to) lies inside this window. */
    public boolean encloses(LocalTime from, LocalTime to) {
        return !from.isBefore(start) && !to.isAfter(end) && !to.isBefore(from);
    }
}
