package org.practicekit.core.intake;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * When a client who has not finished intake is reminded, and when staff take over. Reminders go out
 * at each delay after the packet was sent; staff are asked to step in after {@code staffAfter}, or
 * {@code beforeFirstAppointment} before the first appointment, whichever comes first.
 *
 * @param reminderDelays delays after the packet was sent, strictly increasing
 * @param staffAfter delay after the packet was sent at which staff are asked to step in
 * @param beforeFirstAppointment how long before the first appointment staff are asked at the latest
 */
public record IntakeReminderPolicy(List<Duration> reminderDelays, Duration staffAfter, Duration beforeFirstAppointment) {
    public IntakeReminderPolicy {
        reminderDelays = List.copyOf(reminderDelays);
        Objects.requireNonNull(staffAfter, "staffAfter == null");
        Objects.requireNonNull(beforeFirstAppointment, "beforeFirstAppointment == null");
        Duration previous = Duration.ZERO;
        for (Duration d : reminderDelays) {
            if (d.compareTo(previous) <= 0) {
                throw new IllegalArgumentException("reminder delays must be positive and increasing");
            }
            previous = d;
        }
        if (staffAfter.isNegative() || staffAfter.isZero() || beforeFirstAppointment.isNegative()) {
            throw new IllegalArgumentException("staff escalation delays must be positive");
        }
    }

    /** Reminders after 24 h and 72 h; staff after 5 days or 48 h before the first appointment. */
    public static IntakeReminderPolicy standard() {
        return new IntakeReminderPolicy(List.of(Duration.ofHours(24), Duration.ofHours(72)), Duration.ofDays(5),
                Duration.ofHours(48));
    }

    /** When staff must be asked to step in for a packet sent at {@code sentAt}. */
    public Instant staffEscalationAt(Instant sentAt, Optional<Instant> firstAppointment) {
        Instant byAge = sentAt.plus(staffAfter);
        if (firstAppointment.isEmpty()) {
            return byAge;
        }
        Instant byAppointment = firstAppointment.get().minus(beforeFirstAppointment);
        return byAppointment.isBefore(byAge) ? byAppointment : byAge;
    }

    /** How many reminders are due by {@code now} for a packet sent at {@code sentAt}. */
    public int remindersDue(Instant sentAt, Instant now) {
        int n = 0;
        for (Duration d : reminderDelays) {
            if (!now.isBefore(sentAt.plus(d))) {
                n++;
            }
        }
        return n;
    }
}
