package org.practicekit.core.messaging.outreach;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.practicekit.core.Problems;

/**
 * How {@link ClientOutreach} delivers: quiet hours in the client's zone, retry delays, which
 * purposes skip quiet hours and opt-out (only the crisis-resources reply to a message the client
 * just sent, by default), and the minimum-necessary check. Immutable; thread-safe.
 */
public final class DeliveryPolicy {
    /** The purpose of the crisis-resources reply the message desk sends. */
    public static final String CRISIS_RESOURCES = "messaging.crisis-resources";

    private final LocalTime quietFrom;
    private final LocalTime quietUntil;
    private final List<Duration> retryDelays;
    private final Duration attemptLease;
    private final Set<String> urgentPurposes;
    private final MinimumNecessary minimumNecessary;

    private DeliveryPolicy(Builder b) {
        Problems problems = Problems.of("delivery policy");
        problems.require(!b.quietFrom.equals(b.quietUntil), "quietHours", "start and end must differ");
        for (int i = 0; i < b.retryDelays.size(); i++) {
            problems.require(!b.retryDelays.get(i).isNegative() && !b.retryDelays.get(i).isZero(), "retryDelays[" + i + "]",
                    "must be positive");
        }
        problems.require(!b.attemptLease.isNegative() && !b.attemptLease.isZero(), "attemptLease", "must be positive");
        problems.throwIfAny();
        this.quietFrom = b.quietFrom;
        this.quietUntil = b.quietUntil;
        this.retryDelays = List.copyOf(b.retryDelays);
        this.attemptLease = b.attemptLease;
        this.urgentPurposes = Set.copyOf(b.urgentPurposes);
        this.minimumNecessary = b.minimumNecessary;
    }

    /** Quiet 21:00 to 08:00 client time; retries after 5 min, 30 min and 2 h; the standard minimum-necessary check. */
    public static DeliveryPolicy standard() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.quietFrom = quietFrom;
        b.quietUntil = quietUntil;
        b.retryDelays = new ArrayList<>(retryDelays);
        b.attemptLease = attemptLease;
        b.urgentPurposes = new LinkedHashSet<>(urgentPurposes);
        b.minimumNecessary = minimumNecessary;
        return b;
    }

    public LocalTime quietFrom() {
        return quietFrom;
    }

    public LocalTime quietUntil() {
        return quietUntil;
    }

    /** Delay before retry n (0-based); the number of attempts is one more than their count. */
    public List<Duration> retryDelays() {
        return retryDelays;
    }

    public int maxAttempts() {
        return retryDelays.size() + 1;
    }

    /** How long an attempt may be in flight before another instance (or a restart) may retry it. */
    public Duration attemptLease() {
        return attemptLease;
    }

    /** Purposes delivered even in quiet hours and after an opt-out, without the content check. */
    public Set<String> urgentPurposes() {
        return urgentPurposes;
    }

    public MinimumNecessary minimumNecessary() {
        return minimumNecessary;
    }

    public boolean isUrgent(String purpose) {
        return urgentPurposes.contains(purpose);
    }

    /** True when {@code at} falls in quiet hours on the clock of {@code zone}. */
    public boolean isQuiet(Instant at, ZoneId zone) {
        LocalTime t = at.atZone(zone).toLocalTime();
        if (quietFrom.isBefore(quietUntil)) {
            return !t.isBefore(quietFrom) && t.isBefore(quietUntil);
        }
        return !t.isBefore(quietFrom) || t.isBefore(quietUntil);
    }

    /** The first instant at or after {@code at} outside quiet hours in {@code zone} (daylight-saving safe). */
    public Instant nextAllowed(Instant at, ZoneId zone) {
        if (!isQuiet(at, zone)) {
            return at;
        }
        ZonedDateTime local = at.atZone(zone);
        LocalDate day = local.toLocalDate();
        if (!local.toLocalTime().isBefore(quietUntil)) {
            day = day.plusDays(1);
        }
        return ZonedDateTime.of(day, quietUntil, zone).toInstant();
    }

    /** Builds a {@link DeliveryPolicy}. */
    public static final class Builder {
        private LocalTime quietFrom = LocalTime.of(21, 0);
        private LocalTime quietUntil = LocalTime.of(8, 0);
        private List<Duration> retryDelays = new ArrayList<>(List.of(Duration.ofMinutes(5), Duration.ofMinutes(30),
                Duration.ofHours(2)));
        private Duration attemptLease = Duration.ofMinutes(2);
        private Set<String> urgentPurposes = new LinkedHashSet<>(Set.of(CRISIS_RESOURCES));
        private MinimumNecessary minimumNecessary = MinimumNecessary.standard();

        private Builder() {
        }

        /** No messages from {@code from} until {@code until}, client time; may wrap midnight. */
        public Builder quietHours(LocalTime from, LocalTime until) {
            this.quietFrom = Objects.requireNonNull(from, "from == null");
            this.quietUntil = Objects.requireNonNull(until, "until == null");
            return this;
        }

        public Builder retryDelays(List<Duration> delays) {
            this.retryDelays = new ArrayList<>(delays);
            return this;
        }

        public Builder attemptLease(Duration lease) {
            this.attemptLease = Objects.requireNonNull(lease, "lease == null");
            return this;
        }

        public Builder addUrgentPurpose(String purpose) {
            urgentPurposes.add(Objects.requireNonNull(purpose, "purpose == null"));
            return this;
        }

        public Builder minimumNecessary(MinimumNecessary check) {
            this.minimumNecessary = Objects.requireNonNull(check, "check == null");
            return this;
        }

        public DeliveryPolicy build() {
            return new DeliveryPolicy(this);
        }
    }
}
