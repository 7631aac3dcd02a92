package org.practicekit.core.billing.auth;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.practicekit.core.Problems;
import org.practicekit.core.Sha256;
import org.practicekit.core.ValidationException;
import org.practicekit.core.VersionConflictException;
import org.practicekit.core.model.ClientId;
import org.practicekit.core.model.ClinicianId;
import org.practicekit.core.spi.AuditLog;
import org.practicekit.core.spi.NextDue;
import org.practicekit.core.spi.StoredRecord;
import org.practicekit.core.spi.WorkflowStore;
import org.practicekit.core.store.InMemoryWorkflowStore;
import org.practicekit.core.store.StoredFields;

/**
 * Tracks prior authorizations and the sessions that use them. Each booked or completed session
 * {@link #consume(SessionRequest) consumes} units (once per session key; a cancelled session is
 * {@link #release(String) released}). A session that would exceed the units, fall outside the dates,
 * use a code the authorization does not cover, be rendered by another clinician, or have no
 * authorization where the payer requires one is blocked: it is consumed only with a
 * {@link StaffOverride}, which is audited with its reason. Alerts come with each check and from
 * {@link #due(Instant)} when units run low (default 2 left) or the end is near (default 14 days).
 *
 * <p>State lives in the {@link WorkflowStore} (default: in memory): one record per authorization holding
 * the sessions that use it, and one per session naming its authorization. Every use is an optimistic
 * update re-read and re-checked when another instance changed the authorization first, so two instances
 * booking the last unit at once count it once and block the other; a restart forgets nothing. Thread-safe;
 * no threads of its own; time from the injected clock.
 */
public final class AuthorizationLedger implements AuthorizationGate {
    static final String AUTHORIZATION = "prior-authorization";
    static final String SESSION = "authorization-session";
    private static final int MAX_ATTEMPTS = 50;

    /** One use of an authorization by a session. */
    private record Use(String sessionKey, LocalDate date, int units, String overriddenBy) {
    }

    /** An authorization and the sessions using it, as read at one version. */
    private static final class Held {
        final PriorAuthorization authorization;
        final Map<String, Use> uses = new LinkedHashMap<>();
        final long version;

        Held(PriorAuthorization authorization, long version) {
            this.authorization = authorization;
            this.version = version;
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
    private final WorkflowStore store;
    private final int lowRemaining;
    private final int expiringDays;
    private final Set<String> payersRequiringAuthorization;
    /** Where overrides are audited; null when the host gave no audit log. */
    private final AuditLog audit;

    private AuthorizationLedger(Builder b) {
        this.clock = b.clock;
        this.store = b.store != null ? b.store : new InMemoryWorkflowStore(b.clock);
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
    public void register(PriorAuthorization authorization) {
        Objects.requireNonNull(authorization, "authorization == null");
        for (int attempt = 1; ; attempt++) {
            Optional<Held> held = read(authorization.number());
            try {
                if (held.isEmpty()) {
                    Held fresh = new Held(authorization, 0);
                    store.insert(AUTHORIZATION, authorization.number(), encode(fresh), nextDue(fresh));
                } else {
                    Held next = new Held(authorization, held.get().version);
                    next.uses.putAll(held.get().uses);
                    store.update(AUTHORIZATION, authorization.number(), next.version, encode(next), nextDue(next));
                }
                return;
            } catch (VersionConflictException changedElsewhere) {
                retryOrGiveUp(attempt, changedElsewhere);
            }
        }
    }

    public Optional<PriorAuthorization> authorization(String number) {
        return read(Objects.requireNonNull(number, "number == null")).map(h -> h.authorization);
    }

    public List<PriorAuthorization> authorizations() {
        return all().stream().map(h -> h.authorization).toList();
    }

    /** Units not yet used; negative when staff overrode past the approved units. */
    public int remaining(String number) {
        Held h = read(Objects.requireNonNull(number, "number == null"))
                .orElseThrow(() -> new IllegalArgumentException("no such authorization"));
        return h.authorization.approvedUnits() - h.used("");
    }

    @Override
    public AuthorizationCheck check(SessionRequest session) {
        return evaluate(Objects.requireNonNull(session, "session == null")).check;
    }

    /**
     * Counts the session against its authorization when it fits. A blocked session is not counted:
     * the returned check says why. Consuming the same session key again changes nothing.
     */
    public AuthorizationCheck consume(SessionRequest session) {
        Objects.requireNonNull(session, "session == null");
        for (int attempt = 1; ; attempt++) {
            Evaluation e = evaluate(session);
            if (e.check.blocksBooking() || e.held == null) {
                return e.check;
            }
            try {
                record(e.held, session, "");
                return e.check;
            } catch (VersionConflictException changedElsewhere) {
                // another instance used the authorization since we read it: check again with its use counted
                retryOrGiveUp(attempt, changedElsewhere);
            }
        }
    }

    /**
     * Counts the session even though it does not fit, because staff decided so; the override is
     * audited with the staff member, the reason and the problems it overrode. With no authorization at
     * all there is nothing to count, but the override is still audited.
     */
    public AuthorizationCheck consume(SessionRequest session, StaffOverride override) {
        Objects.requireNonNull(override, "override == null");
        Objects.requireNonNull(session, "session == null");
        for (int attempt = 1; ; attempt++) {
            Evaluation e = evaluate(session);
            try {
                if (e.held != null) {
                    record(e.held, session, e.check.blocksBooking() ? override.staffId() : "");
                }
            } catch (VersionConflictException changedElsewhere) {
                retryOrGiveUp(attempt, changedElsewhere);
                continue;
            }
            if (e.check.blocksBooking() && audit != null) {
                audit.record(override.auditEvent(clock.instant(), session, e.check));
            }
            return e.check;
        }
    }

    /** Whether staff overrode a blocking problem for this session (its use was counted by {@link #consume(SessionRequest, StaffOverride)}). */
    public boolean overridden(String sessionKey) {
        Objects.requireNonNull(sessionKey, "sessionKey == null");
        Optional<StoredRecord> index = store.read(SESSION, sessionId(sessionKey));
        if (index.isEmpty()) {
            return false;
        }
        return read(index.get().payload()).map(h -> h.uses.get(sessionKey)).map(u -> !u.overriddenBy().isEmpty())
                .orElse(false);
    }

    /** Frees the units of a cancelled or no-show session. Returns false when the session used none. */
    public boolean release(String sessionKey) {
        Objects.requireNonNull(sessionKey, "sessionKey == null");
        String id = sessionId(sessionKey);
        for (int attempt = 1; ; attempt++) {
            Optional<StoredRecord> index = store.read(SESSION, id);
            if (index.isEmpty()) {
                return false;
            }
            try {
                boolean used = removeUse(index.get().payload(), sessionKey);
                store.delete(SESSION, id, index.get().version());
                return used;
            } catch (VersionConflictException changedElsewhere) {
                retryOrGiveUp(attempt, changedElsewhere);
            }
        }
    }

    /** Authorizations running low or ending soon, as of {@code now}. Expired ones are left out. */
    public List<AuthorizationAlert> due(Instant now) {
        LocalDate today = Objects.requireNonNull(now, "now == null").atZone(clock.getZone()).toLocalDate();
        List<AuthorizationAlert> alerts = new ArrayList<>();
        List<StoredRecord> due = new ArrayList<>(store.due(AUTHORIZATION, now));
        due.sort(Comparator.comparing(StoredRecord::id));
        for (StoredRecord r : due) {
            Held h = decode(r);
            PriorAuthorization a = h.authorization;
            if (a.end().isBefore(today)) {
                continue;
            }
            alerts.addAll(alertsFor(a, a.approvedUnits() - h.used(""), today));
        }
        return alerts;
    }

    /**
     * Writes the session's use: first the session's index (so a crash between the two writes leaves a
     * session its release can still find), then the authorization, which fails on a stale version.
     */
    private void record(Held held, SessionRequest s, String overriddenBy) {
        Use use = new Use(s.sessionKey(), s.date(), s.units(), overriddenBy);
        String number = held.authorization.number();
        String id = sessionId(s.sessionKey());
        Optional<StoredRecord> index = store.read(SESSION, id);
        if (index.isEmpty()) {
            store.insert(SESSION, id, number, NextDue.closed());
        } else if (!index.get().payload().equals(number)) {
            removeUse(index.get().payload(), s.sessionKey());
            store.update(SESSION, id, index.get().version(), number, NextDue.closed());
        }
        if (use.equals(held.uses.get(s.sessionKey()))) {
            return;
        }
        Held next = new Held(held.authorization, held.version);
        next.uses.putAll(held.uses);
        next.uses.put(s.sessionKey(), use);
        store.update(AUTHORIZATION, number, held.version, encode(next), nextDue(next));
    }

    /** Takes the session's use off an authorization; false when it held none. */
    private boolean removeUse(String number, String sessionKey) {
        for (int attempt = 1; ; attempt++) {
            Optional<Held> held = read(number);
            if (held.isEmpty() || !held.get().uses.containsKey(sessionKey)) {
                return false;
            }
            Held next = new Held(held.get().authorization, held.get().version);
            next.uses.putAll(held.get().uses);
            next.uses.remove(sessionKey);
            try {
                store.update(AUTHORIZATION, number, next.version, encode(next), nextDue(next));
                return true;
            } catch (VersionConflictException changedElsewhere) {
                retryOrGiveUp(attempt, changedElsewhere);
            }
        }
    }

    private record Evaluation(Held held, AuthorizationCheck check) {
    }

    private Evaluation evaluate(SessionRequest s) {
        List<Held> candidates = new ArrayList<>();
        for (Held h : all()) {
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

    /** Every authorization, by number. */
    private List<Held> all() {
        List<Held> out = new ArrayList<>();
        for (StoredRecord r : store.list(AUTHORIZATION)) {
            out.add(decode(r));
        }
        return out;
    }

    private Optional<Held> read(String number) {
        return store.read(AUTHORIZATION, number).map(AuthorizationLedger::decode);
    }

    /** Due when units run low (at once) or when the expiry warning window opens; closed once the authorization has ended. */
    private NextDue nextDue(Held h) {
        PriorAuthorization a = h.authorization;
        if (a.approvedUnits() - h.used("") <= lowRemaining) {
            return NextDue.always();
        }
        return NextDue.at(a.end().minusDays(expiringDays).atStartOfDay(clock.getZone()).toInstant());
    }

    private static String sessionId(String sessionKey) {
        return sessionKey.length() <= 120 ? sessionKey : sessionKey.substring(0, 56) + "#" + Sha256.hex(sessionKey);
    }

    private static String encode(Held h) {
        PriorAuthorization a = h.authorization;
        StoredFields f = StoredFields.create().put("number", a.number()).put("payerId", a.payerId())
                .put("clientId", a.clientId().value()).put("clinicianId", a.clinicianId().value())
                .putList("codes", List.copyOf(a.codes())).put("units", a.approvedUnits()).put("start", a.start().toString())
                .put("end", a.end().toString()).put("uses.size", h.uses.size());
        int i = 0;
        for (Use u : h.uses.values()) {
            String k = "uses." + i++ + ".";
            f.put(k + "session", u.sessionKey()).put(k + "date", u.date().toString()).put(k + "units", u.units())
                    .put(k + "overriddenBy", u.overriddenBy());
        }
        return f.encode();
    }

    private static Held decode(StoredRecord r) {
        StoredFields f = StoredFields.decode(r.payload());
        PriorAuthorization.Builder b = PriorAuthorization.builder().number(f.require("number")).payerId(f.require("payerId"))
                .clientId(ClientId.of(f.require("clientId"))).clinicianId(ClinicianId.of(f.require("clinicianId")))
                .approvedUnits((int) f.requireLong("units"))
                .dates(LocalDate.parse(f.require("start")), LocalDate.parse(f.require("end")));
        f.getList("codes").forEach(b::addCode);
        Held h = new Held(b.build(), r.version());
        int uses = (int) f.requireLong("uses.size");
        for (int i = 0; i < uses; i++) {
            String k = "uses." + i + ".";
            Use u = new Use(f.require(k + "session"), LocalDate.parse(f.require(k + "date")), (int) f.requireLong(k + "units"),
                    f.require(k + "overriddenBy"));
            h.uses.put(u.sessionKey(), u);
        }
        return h;
    }

    private static void retryOrGiveUp(int attempt, VersionConflictException e) {
        if (attempt >= MAX_ATTEMPTS) {
            throw e;
        }
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

    /** Builds an {@link AuthorizationLedger}. Required: clock. Default store: a new in-memory one. */
    public static final class Builder {
        private Clock clock;
        private WorkflowStore store;
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

        /** Where authorizations and their uses are kept; give every instance the same database. */
        public Builder store(WorkflowStore store) {
            this.store = Objects.requireNonNull(store, "store == null");
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
