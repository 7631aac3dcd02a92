package org.practicekit.core.billing.auth;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.practicekit.core.Problems;
import org.practicekit.core.ValidationException;
import org.practicekit.core.spi.AuditEvent;
import org.practicekit.core.spi.AuditLog;

/**
 * Tracks prior authorizations and the sessions that use them. Each booked or completed session
 * {@link #consume(SessionRequest) consumes} units (once per session key; a cancelled session is
 * {@link #release(String) released}). A session that would exceed the units, fall outside the dates,
 * use a code the authorization does not cover, be rendered by another clinician, or have no
 * authorization where the payer requires one is blocked: it is consumed only with a
 * {@link StaffOverride}, which is audited. Alerts come with each check and from {@link #due(Instant)}
 * when units run low (default 2 left) or the end is near (default 14 days).
 *
 * <p>Thread-safe (one lock); no threads of its own; time from the injected clock. Authorizations and
 * uses are held in memory; a host that needs them across restarts re-registers them on start.
 */
public final class AuthorizationLedger implements AuthorizationGate {
    /** One use of an authorization by a session. */
    private record Use(String sessionKey, LocalDate date, int units, String overriddenBy) {
    }

    /** An authorization and the sessions using it. */
    private static final class Held {
        PriorAuthorization authorization;
        final Map<String, Use> uses = new LinkedHashMap<>();

        Held(PriorAuthorization authorization) {
            this.authorization = authorization;
        }

        int used(String exceptSession) {
            int n = 0;
            for (Use u : uses.values()) {
                if (!u.sessionKey().equals(exceptSession)) {
                    n += u.units();
                }
            }
            return n;
        }
    }

    private final Clock clock;
    private final int lowRemaining;
    private final int expiringDays;
    private final Set<String> payersRequiringAuthorization;
    /** Where overrides are audited; null when the host gave no audit log. */
    private final AuditLog audit;
    private final Map<String, Held> byNumber = new LinkedHashMap<>();
    private final Map<String, String> numberBySession = new HashMap<>();

    private AuthorizationLedger(Builder b) {
        this.clock = b.clock;
        this.lowRemaining = b.lowRemaining;
        this.expiringDays = b.expiringDays;
        this.payersRequiringAuthorization = Set.copyOf(b.payersRequiringAuthorization);
        this.audit = b.audit;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Adds an authorization, or updates one with the same number (e.g. an extension adding units or
     * moving the end date); sessions already counted stay counted.
     */
    public synchronized void register(PriorAuthorization authorization) {
        Objects.requireNonNull(authorization, "authorization == null");
        Held held = byNumber.get(authorization.number());
        if (held == null) {
            byNumber.put(authorization.number(), new Held(authorization));
        } else {
            held.authorization = authorization;
        }
    }

    public synchronized Optional<PriorAuthorization> authorization(String number) {
        Held h = byNumber.get(Objects.requireNonNull(number, "number == null"));
        return h == null ? Optional.empty() : Optional.of(h.authorization);
    }

    public synchronized List<PriorAuthorization> authorizations() {
        return byNumber.values().stream().map(h -> h.authorization).toList();
    }

    /** Units not yet used; negative when staff overrode past the approved units. */
    public synchronized int remaining(String number) {
        Held h = byNumber.get(Objects.requireNonNull(number, "number == null"));
        if (h == null) {
            throw new IllegalArgumentException("no such authorization");
        }
        return h.authorization.approvedUnits() - h.used("");
    }

    @Override
    public synchronized AuthorizationCheck check(SessionRequest session) {
        return evaluate(Objects.requireNonNull(session, "session == null")).check;
    }

    /**
     * Counts the session against its authorization when it fits. A blocked session is not counted:
     * the returned check says why. Consuming the same session key again changes nothing.
     */
    public synchronized AuthorizationCheck consume(SessionRequest session) {
        Evaluation e = evaluate(Objects.requireNonNull(session, "session == null"));
        if (!e.check.blocksBooking() && e.held != null) {
            record(e.held, session, "");
        }
        return e.check;
    }

    /**
     * Counts the session even though it does not fit, because staff decided so; the override is
     * audited. With no authorization at all there is nothing to count, but the override is still audited.
     */
    public synchronized AuthorizationCheck consume(SessionRequest session, StaffOverride override) {
        Objects.requireNonNull(override, "override == null");
        Evaluation e = evaluate(Objects.requireNonNull(session, "session == null"));
        if (e.held != null) {
            record(e.held, session, e.check.blocksBooking() ? override.staffId() : "");
        }
        if (e.check.blocksBooking() && audit != null) {
            audit.record(AuditEvent.of(clock.instant(), override.staffId(), "authorization.override",
                    session.clientId().value(), e.check.authorizationNumber()));
        }
        return e.check;
    }

    /** Frees the units of a cancelled or no-show session. Returns false when the session used none. */
    public synchronized boolean release(String sessionKey) {
        String number = numberBySession.remove(Objects.requireNonNull(sessionKey, "sessionKey == null"));
        if (number == null) {
            return false;
        }
        byNumber.get(number).uses.remove(sessionKey);
        return true;
    }

    /** Authorizations running low or ending soon, as of {@code now}. Expired ones are left out. */
    public synchronized List<AuthorizationAlert> due(Instant now) {
        LocalDate today = Objects.requireNonNull(now, "now == null").atZone(clock.getZone()).toLocalDate();
        List<AuthorizationAlert> alerts = new ArrayList<>();
        for (Held h : byNumber.values()) {
            PriorAuthorization a = h.authorization;
            if (a.end().isBefore(today)) {
                continue;
            }
            alerts.addAll(alertsFor(a, a.approvedUnits() - h.used(""), today));
        }
        return alerts;
    }

    private void record(Held held, SessionRequest s, String overriddenBy) {
        String previous = numberBySession.get(s.sessionKey());
        if (previous != null && !previous.equals(held.authorization.number())) {
            byNumber.get(previous).uses.remove(s.sessionKey());
        }
        held.uses.put(s.sessionKey(), new Use(s.sessionKey(), s.date(), s.units(), overriddenBy));
        numberBySession.put(s.sessionKey(), held.authorization.number());
    }

    private record Evaluation(Held held, AuthorizationCheck check) {
    }

    private Evaluation evaluate(SessionRequest s) {
        List<Held> candidates = new ArrayList<>();
        for (Held h : byNumber.values()) {
            PriorAuthorization a = h.authorization;
            if (a.clientId().equals(s.clientId()) && a.payerId().equals(s.payerId())) {
                candidates.add(h);
            }
        }
        if (candidates.isEmpty()) {
            List<AuthorizationProblem> problems = payersRequiringAuthorization.contains(s.payerId())
                    ? List.of(AuthorizationProblem.NO_AUTHORIZATION) : List.of();
            return new Evaluation(null, new AuthorizationCheck("", problems, List.of(), 0));
        }
        Held best = null;
        List<AuthorizationProblem> bestProblems = null;
        for (Held h : candidates) {
            List<AuthorizationProblem> p = problems(h, s);
            if (best == null || p.size() < bestProblems.size()
                    || (p.size() == bestProblems.size() && h.authorization.end().isAfter(best.authorization.end()))) {
                best = h;
                bestProblems = p;
            }
        }
        PriorAuthorization a = best.authorization;
        int remainingAfter = Math.max(0, a.approvedUnits() - best.used(s.sessionKey()) - s.units());
        LocalDate today = clock.instant().atZone(clock.getZone()).toLocalDate();
        List<AuthorizationAlert> alerts = bestProblems.isEmpty() ? alertsFor(a, remainingAfter, today) : List.of();
        return new Evaluation(best, new AuthorizationCheck(a.number(), bestProblems, alerts, remainingAfter));
    }

    private static List<AuthorizationProblem> problems(Held h, SessionRequest s) {
        PriorAuthorization a = h.authorization;
        Set<AuthorizationProblem> p = new LinkedHashSet<>();
        if (!a.codes().contains(s.code())) {
            p.add(AuthorizationProblem.CODE_NOT_COVERED);
        }
        if (!a.clinicianId().equals(s.clinicianId())) {
            p.add(AuthorizationProblem.PROVIDER_MISMATCH);
        }
        if (s.date().isBefore(a.start())) {
            p.add(AuthorizationProblem.BEFORE_START);
        }
        if (s.date().isAfter(a.end())) {
            p.add(AuthorizationProblem.AFTER_END);
        }
        if (h.used(s.sessionKey()) + s.units() > a.approvedUnits()) {
            p.add(AuthorizationProblem.UNITS_EXCEEDED);
        }
        return List.copyOf(p);
    }

    private List<AuthorizationAlert> alertsFor(PriorAuthorization a, int remaining, LocalDate today) {
        List<AuthorizationAlert> alerts = new ArrayList<>(2);
        if (remaining <= lowRemaining) {
            alerts.add(new AuthorizationAlert(AuthorizationAlert.Kind.LOW_REMAINING, a.number(), remaining, a.end()));
        }
        long daysLeft = ChronoUnit.DAYS.between(today, a.end());
        if (daysLeft >= 0 && daysLeft <= expiringDays) {
            alerts.add(new AuthorizationAlert(AuthorizationAlert.Kind.EXPIRING_SOON, a.number(), remaining, a.end()));
        }
        alerts.sort(Comparator.comparing(AuthorizationAlert::kind));
        return alerts;
    }

    /** Builds an {@link AuthorizationLedger}. Required: clock. */
    public static final class Builder {
        private Clock clock;
        private int lowRemaining = 2;
        private int expiringDays = 14;
        private final Set<String> payersRequiringAuthorization = new LinkedHashSet<>();
        private AuditLog audit;

        private Builder() {
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock == null");
            return this;
        }

        /** Alert when this many units or fewer remain (default 2). */
        public Builder lowRemainingThreshold(int units) {
            if (units < 0) {
                throw new IllegalArgumentException("units must not be negative");
            }
            this.lowRemaining = units;
            return this;
        }

        /** Alert when the authorization ends within this many days (default 14). */
        public Builder expiryWarningDays(int days) {
            if (days < 0) {
                throw new IllegalArgumentException("days must not be negative");
            }
            this.expiringDays = days;
            return this;
        }

        /** A payer whose sessions need an authorization on file: without one, a booking is blocked. */
        public Builder requireAuthorizationFor(String payerId) {
            payersRequiringAuthorization.add(Objects.requireNonNull(payerId, "payerId == null"));
            return this;
        }

        /** Where staff overrides are audited (default: nowhere). */
        public Builder audit(AuditLog audit) {
            this.audit = Objects.requireNonNull(audit, "audit == null");
            return this;
        }

        /**
         * Builds the ledger.
         *
         * @throws ValidationException naming every missing part at once
         */
        public AuthorizationLedger build() {
            Problems p = Problems.of("authorization ledger");
            p.require(clock != null, "clock", "is required");
            p.throwIfAny();
            return new AuthorizationLedger(this);
        }
    }
}
