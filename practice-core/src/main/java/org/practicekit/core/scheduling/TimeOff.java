package org.practicekit.core.scheduling;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * A dated exception to the weekly hours (PTO, a holiday, a training afternoon), in the clinician's
 * zone: no session may touch [from, to) local time on that date.
 */
public record TimeOff(LocalDate date, LocalTime from, LocalTime to, boolean wholeDay) {
    public TimeOff {
        Objects.requireNonNull(date, "date == null");
        Objects.requireNonNull(from, "from == null");
        Objects.requireNonNull(to, "to == null");
        if (!wholeDay && !to.isAfter(from)) {
            throw new IllegalArgumentException("time off ends after it starts");
        }
    }

    /** The whole day off. */
    public static TimeOff allDay(LocalDate date) {
        return new TimeOff(date, LocalTime.MIN, LocalTime.MAX, true);
    }

    /** Part of a day off. */
    public static TimeOff hours(LocalDate date, String from, String to) {
        return new TimeOff(date, LocalTime.parse(from), LocalTime.parse(to), false);
    }

    /** True when a session from {@code start} to {@code end} local time on this date touches the time off. */
    boolean blocks(LocalTime start, LocalTime end) {
        return wholeDay || (start.isBefore(to) && from.isBefore(end));
    }
}
