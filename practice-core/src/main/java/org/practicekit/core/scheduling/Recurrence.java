package org.practicekit.core.scheduling;

/**
 * A recurring series: every {@code intervalWeeks} weeks, {@code occurrences} times, at the same
 * local time in the clinician's zone (so it keeps its hour across daylight-saving changes).
 */
public record Recurrence(int intervalWeeks, int occurrences) {
    public Recurrence {
        if (intervalWeeks < 1 || intervalWeeks > 4 || occurrences < 1 || occurrences > 104) {
            throw new IllegalArgumentException("interval 1-4 weeks, 1-104 occurrences");
        }
    }

    public static Recurrence weekly(int occurrences) {
        return new Recurrence(1, occurrences);
    }

    public static Recurrence biweekly(int occurrences) {
        return new Recurrence(2, occurrences);
    }
}
