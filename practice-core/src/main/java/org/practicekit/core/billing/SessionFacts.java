package org.practicekit.core.billing;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.practicekit.core.Problems;
import org.practicekit.core.ValidationException;
import org.practicekit.core.model.PayerKind;
import org.practicekit.core.model.ServiceType;

/**
 * What actually happened in a session, as the clinician records it: the kind of service, the
 * psychotherapy minutes (or the start and end times), whether an E/M service was also provided,
 * interactive complexity, telehealth and where the client was, and the payer. {@link CptSuggester}
 * turns these facts into codes. Built with {@link #builder()}; {@link Builder#build()} checks every
 * field at once and throws one {@link ValidationException} naming each problem.
 */
public final class SessionFacts {
    /** Longest session accepted: a day. Anything longer is a typing mistake. */
    static final int MAX_MINUTES = 24 * 60;

    /** Services whose code depends on time, so minutes (or start and end) are required. */
    private static final Set<ServiceType> TIMED = EnumSet.of(ServiceType.INDIVIDUAL, ServiceType.FAMILY_WITH_CLIENT,
            ServiceType.FAMILY_WITHOUT_CLIENT, ServiceType.CRISIS);

    private final ServiceType serviceType;
    private final int minutes;
    private final Instant start;
    private final Instant end;
    private final boolean withEvaluationAndManagement;
    private final boolean interactiveComplexity;
    private final Telehealth telehealth;
    private final boolean clientAtHome;
    private final PayerKind payer;
    private final String payerId;
    private final LocalDate serviceDate;

    private SessionFacts(Builder b, int resolvedMinutes) {
        this.serviceType = b.serviceType;
        this.minutes = resolvedMinutes;
        this.start = b.start;
        this.end = b.end;
        this.withEvaluationAndManagement = b.withEvaluationAndManagement;
        this.interactiveComplexity = b.interactiveComplexity;
        this.telehealth = b.telehealth;
        this.clientAtHome = b.clientAtHome;
        this.payer = b.payer;
        this.payerId = b.payerId;
        this.serviceDate = b.serviceDate;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these facts, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.serviceType = serviceType;
        if (start != null) {
            b.start = start;
            b.end = end;
        } else if (minutes >= 0) {
            b.minutes = minutes;
            b.minutesSet = true;
        }
        b.withEvaluationAndManagement = withEvaluationAndManagement;
        b.interactiveComplexity = interactiveComplexity;
        b.telehealth = telehealth;
        b.clientAtHome = clientAtHome;
        b.payer = payer;
        b.payerId = payerId;
        b.serviceDate = serviceDate;
        return b;
    }

    public ServiceType serviceType() {
        return serviceType;
    }

    /**
     * Psychotherapy (or crisis, family, evaluation) minutes, given directly or from start and end.
     * Empty only for services without a time rule (group, evaluation) when no time was recorded.
     */
    public OptionalInt minutes() {
        return minutes < 0 ? OptionalInt.empty() : OptionalInt.of(minutes);
    }

    /** Minutes, or -1 when none were recorded; avoids boxing in the suggester's hot path. */
    int minutesOrNegative() {
        return minutes;
    }

    public Optional<Instant> start() {
        return Optional.ofNullable(start);
    }

    public Optional<Instant> end() {
        return Optional.ofNullable(end);
    }

    /** True when the same clinician also provided an E/M service (the psychotherapy becomes an add-on). */
    public boolean withEvaluationAndManagement() {
        return withEvaluationAndManagement;
    }

    /** True when interactive complexity was present and documented (barrier, what was done, why). */
    public boolean interactiveComplexity() {
        return interactiveComplexity;
    }

    public Telehealth telehealth() {
        return telehealth;
    }

    /** True when the client was at home: telehealth to the home, or an in-person home visit. */
    public boolean clientAtHome() {
        return clientAtHome;
    }

    public PayerKind payer() {
        return payer;
    }

    /** The payer's electronic id when known; payer rule packs can match on it. */
    public Optional<String> payerId() {
        return Optional.ofNullable(payerId);
    }

    /** The date of service when known; date-bound telehealth rules use it. */
    public Optional<LocalDate> serviceDate() {
        return Optional.ofNullable(serviceDate);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof SessionFacts)) {
            return false;
        }
        SessionFacts f = (SessionFacts) o;
        return serviceType == f.serviceType && minutes == f.minutes && Objects.equals(start, f.start)
                && Objects.equals(end, f.end) && withEvaluationAndManagement == f.withEvaluationAndManagement
                && interactiveComplexity == f.interactiveComplexity && telehealth == f.telehealth
                && clientAtHome == f.clientAtHome && payer == f.payer && Objects.equals(payerId, f.payerId)
                && Objects.equals(serviceDate, f.serviceDate);
    }

    @Override
    public int hashCode() {
        return Objects.hash(serviceType, minutes, start, end, withEvaluationAndManagement, interactiveComplexity,
                telehealth, clientAtHome, payer, payerId, serviceDate);
    }

    @Override
    public String toString() {
        return "SessionFacts[" + serviceType + ", " + (minutes < 0 ? "untimed" : minutes + " min")
                + (withEvaluationAndManagement ? ", with E/M" : "") + (interactiveComplexity ? ", interactive complexity" : "")
                + ", telehealth " + telehealth + (clientAtHome ? ", client at home" : "") + ", " + payer + "]";
    }

    /**
     * Builds {@link SessionFacts}. Required: serviceType, payer, and for time-based services
     * (individual, family, crisis) either minutes or start and end. Defaults: no E/M, no interactive
     * complexity, in person, client not at home. Not thread-safe.
     */
    public static final class Builder {
        private ServiceType serviceType;
        private int minutes;
        private boolean minutesSet;
        private Instant start;
        private Instant end;
        private boolean withEvaluationAndManagement;
        private boolean interactiveComplexity;
        private Telehealth telehealth = Telehealth.NONE;
        private boolean clientAtHome;
        private PayerKind payer;
        private String payerId;
        private LocalDate serviceDate;

        private Builder() {
        }

        public Builder serviceType(ServiceType serviceType) {
            this.serviceType = Objects.requireNonNull(serviceType, "serviceType == null");
            return this;
        }

        /** Total minutes of the service (psychotherapy time only, never E/M time). */
        public Builder minutes(int minutes) {
            this.minutes = minutes;
            this.minutesSet = true;
            return this;
        }

        /** Start time of the service; give {@link #end(Instant)} too, instead of minutes. */
        public Builder start(Instant start) {
            this.start = Objects.requireNonNull(start, "start == null");
            return this;
        }

        /** End time of the service. */
        public Builder end(Instant end) {
            this.end = Objects.requireNonNull(end, "end == null");
            return this;
        }

        /** Start and end of the service in one call. */
        public Builder times(Instant start, Instant end) {
            return start(start).end(end);
        }

        public Builder withEvaluationAndManagement(boolean withEvaluationAndManagement) {
            this.withEvaluationAndManagement = withEvaluationAndManagement;
            return this;
        }

        public Builder interactiveComplexity(boolean interactiveComplexity) {
            this.interactiveComplexity = interactiveComplexity;
            return this;
        }

        public Builder telehealth(Telehealth telehealth) {
            this.telehealth = Objects.requireNonNull(telehealth, "telehealth == null");
            return this;
        }

        public Builder clientAtHome(boolean clientAtHome) {
            this.clientAtHome = clientAtHome;
            return this;
        }

        public Builder payer(PayerKind payer) {
            this.payer = Objects.requireNonNull(payer, "payer == null");
            return this;
        }

        /** The payer's electronic id, so a plan-specific {@link PayerRulePack} can apply. */
        public Builder payerId(String payerId) {
            this.payerId = Objects.requireNonNull(payerId, "payerId == null");
            return this;
        }

        public Builder serviceDate(LocalDate serviceDate) {
            this.serviceDate = Objects.requireNonNull(serviceDate, "serviceDate == null");
            return this;
        }

        /**
         * Checks every field and builds the facts.
         *
         * @throws ValidationException naming every problem (missing service type or payer, negative
         *     minutes, end before start, minutes missing for a time-based service, minutes that
         *     disagree with the times)
         */
        public SessionFacts build() {
            Problems problems = Problems.of("session facts");
            problems.require(serviceType != null, "serviceType", "is required");
            problems.require(payer != null, "payer", "is required");
            if (payerId != null) {
                problems.require(!payerId.isBlank(), "payerId", "must not be blank");
            }
            int resolved = -1;
            if (minutesSet) {
                if (problems.require(minutes >= 0, "minutes", "must not be negative")
                        && problems.require(minutes <= MAX_MINUTES, "minutes", "must be at most " + MAX_MINUTES)) {
                    resolved = minutes;
                }
            }
            if (start != null || end != null) {
                boolean both = problems.require(start != null, "start", "is required when end is given")
                        & problems.require(end != null, "end", "is required when start is given");
                if (both && problems.require(end.isAfter(start), "end", "must be after start")) {
                    long span = Duration.between(start, end).toMinutes();
                    if (problems.require(span <= MAX_MINUTES, "end", "must be at most " + MAX_MINUTES + " minutes after start")) {
                        if (minutesSet && resolved >= 0) {
                            problems.require(resolved == span, "minutes", "disagrees with start and end times");
                        } else if (!minutesSet) {
                            resolved = (int) span;
                        }
                    }
                }
            } else if (!minutesSet && serviceType != null && TIMED.contains(serviceType)) {
                problems.add("minutes", "is required for a time-based service (give minutes or start and end)");
            }
            problems.throwIfAny();
            return new SessionFacts(this, resolved);
        }
    }
}
