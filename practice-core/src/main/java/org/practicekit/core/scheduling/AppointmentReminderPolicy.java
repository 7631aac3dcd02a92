package org.practicekit.core.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * When appointment reminders go out: offsets before the start (default 48 h and 2 h), shifted out
 * of the client's quiet hours (default 21:00-08:00 in the client's own zone). A reminder due in
 * quiet hours goes at the end of them if that is still before the appointment, otherwise just
 * before they begin.
 */
public record AppointmentReminderPolicy(List<Duration> before, LocalTime quietStart, LocalTime quietEnd) {
    public AppointmentReminderPolicy {
        before = List.copyOf(before);
        Objects.requireNonNull(quietStart, "quietStart == null");
        Objects.requireNonNull(quietEnd, "quietEnd == null");
        for (Duration d : before) {
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("reminder offsets must be positive");
            }
        }
    }

    public static AppointmentReminderPolicy defaults() {
        return new AppointmentReminderPolicy(List.of(Duration.ofHours(48), Duration.ofHours(2)), LocalTime.of(21, 0),
                LocalTime.of(8, 0));
    }

    /** True when {@code t} is inside quiet hours. */
    public boolean isQuiet(LocalTime t) {
        if (quietStart.equals(quietEnd)) {
            return false;
        }
        return quietStart.isBefore(quietEnd) ? !t.isBefore(quietStart) && t.isBefore(quietEnd)
                : !t.isBefore(quietStart) || t.isBefore(quietEnd);
    }

    /** When the reminder {@code offset} before {@code start} goes out to a client in {@code zone}. */
    public Instant sendAt(Instant start, Duration offset, ZoneId zone) {
        ZonedDateTime t = start.minus(offset).atZone(zone);
        if (!isQuiet(t.toLocalTime())) {
            return t.toInstant();
        }
        ZonedDateTime end = t.toLocalDate().atTime(quietEnd).atZone(zone);
        if (!end.isAfter(t)) {
            end = end.plusDays(1);
        }
        if (end.toInstant().isBefore(start)) {
            return end.toInstant();
        }
        ZonedDateTime begin = t.toLocalDate().atTime(quietStart).atZone(zone);
        if (begin.isAfter(t)) {
            begin = begin.minusDays(1);
        }
        return begin.minusMinutes(1).toInstant();
    }
}
