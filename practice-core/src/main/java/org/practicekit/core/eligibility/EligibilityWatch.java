package org.practicekit.core.eligibility;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.practicekit.core.FieldProblem;
import org.practicekit.core.PracticeKitException;
import org.practicekit.core.RetriableException;
import org.practicekit.core.ValidationException;
import org.practicekit.core.VersionConflictException;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.core.model.Appointment;
import org.practicekit.core.model.AppointmentId;
import org.practicekit.core.model.Client;
import org.practicekit.core.model.ClientId;
import org.practicekit.core.model.Coverage;
import org.practicekit.core.model.ServiceType;
import org.practicekit.core.spi.AuditEvent;
import org.practicekit.core.spi.AuditLog;
import org.practicekit.core.spi.EligibilityChecker;
import org.practicekit.core.spi.EligibilityRequest;
import org.practicekit.core.spi.EligibilityResult;
import org.practicekit.core.spi.Escalation;
import org.practicekit.core.spi.HumanEscalation;
import org.practicekit.core.spi.StoredRecord;
import org.practicekit.core.spi.WorkflowStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a client's coverage verified for as long as they are in treatment. Through {@link #due} it asks
 * the payer again before sessions and at an interval ({@link RecheckPolicy}), and turns what changed
 * into a staff item that says what to do, before the session rather than after the denial: coverage
 * that lapsed, a visit limit used up, a prior authorization the payer now requires, a payer that
 * rejected the member data or gave no clear answer. A check the payer could not answer (a timeout, AAA
 * 42) is asked again later; staff hear of it only when a session is less than half the lead away.
 *
 * <p>The host tells the watch what to watch ({@link #watch} after intake, with the intake's answer)
 * and which sessions are booked ({@link #sessionBooked}, {@link #sessionCancelled}). Each problem is
 * raised once while it stands (idempotency key {@code eligibility/<clientId>/<problem>/<n>}); a staff
 * item is stored before it is handed over, so a crash or a failed pager leaves it owed for the next
 * {@code due(now)}. State lives in the {@link WorkflowStore} (kind {@value #KIND}, one record per
 * client), so several instances may share it.
 *
 * <p>Thread-safe; no threads of its own. Staff items may name the payer and session dates; logs and
 * audit details never carry PHI.
 */
public final class EligibilityWatch {
    /** The store kind of watched coverages; ids are client ids. */
    public static final String KIND = "eligibility-watch";

    private static final Logger LOG = LoggerFactory.getLogger(EligibilityWatch.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE MMM d", Locale.US);
    private static final int MAX_ATTEMPTS = 25;
    private static final String UNVERIFIED = "coverage-unverified";

    private final WorkflowStore store;
    private final EligibilityChecker eligibility;
    private final HumanEscalation escalation;
    private final AuditLog audit;
    private final Clock clock;
    private final ZoneId zone;
    private final RecheckPolicy policy;

    private EligibilityWatch(Builder b) {
        this.store = Objects.requireNonNull(b.store, "store == null");
        this.eligibility = Objects.requireNonNull(b.eligibility, "eligibility == null");
        this.escalation = Objects.requireNonNull(b.escalation, "escalation == null");
        this.audit = b.audit;
        this.clock = b.clock;
        this.zone = b.zone != null ? b.zone : b.clock.getZone();
        this.policy = b.policy;
    }

    public static Builder builder() {
        return new Builder();
    }

    public RecheckPolicy policy() {
        return policy;
    }

    /**
     * Starts watching a client's coverage, or updates the client's details. {@code lastAnswer} is the
     * payer's answer the caller already has (the intake's): problems it shows are taken as already
     * known to staff and are not raised again. A different coverage (another payer or member id)
     * starts over. Idempotent.
     */
    public WatchedCoverage watch(Client client, Coverage coverage, Optional<EligibilityResult> lastAnswer) {
        Objects.requireNonNull(client, "client == null");
        Objects.requireNonNull(coverage, "coverage == null");
        Objects.requireNonNull(lastAnswer, "lastAnswer == null");
        Optional<EligibilityResult> known = lastAnswer.filter(r -> !r.retryLater());
        String id = client.id().value();
        if (store.read(KIND, id).isEmpty()) {
            WatchState s = new WatchState();
            s.client = client;
            s.coverage = coverage;
            known.ifPresent(r -> adopt(s, r));
            try {
                store.insert(KIND, id, s.encode());
            } catch (VersionConflictException watchedElsewhere) {
                LOG.debug("eligibility watch for {} was started by another instance", id);
            }
        }
        change(client.id(), s -> {
            boolean sameCoverage = s.coverage.payerId().equals(coverage.payerId())
                    && s.coverage.memberId().equals(coverage.memberId());
            s.client = client;
            if (!sameCoverage) {
                s.coverage = coverage;
                s.last = null;
                s.open.clear();
                s.failures = 0;
                s.retryAt = null;
                s.checkedByWatch = false;
            } else {
                s.coverage = coverage;
            }
            known.filter(r -> s.last == null || r.checkedAt().isAfter(s.last.checkedAt())).ifPresent(r -> adopt(s, r));
            return true;
        });
        return find(client.id()).orElseThrow();
    }

    /** Takes an answer the caller already had; its problems count as known to staff. */
    private static void adopt(WatchState s, EligibilityResult r) {
        s.last = r;
        s.open.clear();
        problems(r).forEach(p -> s.open.add(p));
    }

    /**
     * A session the client booked; the watch re-checks before it. Booking it again (same id) moves it.
     *
     * @throws ValidationException when the client's coverage is not watched
     */
    public WatchedCoverage sessionBooked(Appointment appointment) {
        Objects.requireNonNull(appointment, "appointment == null");
        requireWatched(appointment.clientId());
        change(appointment.clientId(), s -> {
            Instant start = appointment.slot().start();
            return !start.equals(s.sessions.put(appointment.id(), start));
        });
        return find(appointment.clientId()).orElseThrow();
    }

    /** A session that will not take place; nothing is checked for it any more. Idempotent. */
    public void sessionCancelled(ClientId clientId, AppointmentId appointmentId) {
        Objects.requireNonNull(clientId, "clientId == null");
        Objects.requireNonNull(appointmentId, "appointmentId == null");
        if (store.read(KIND, clientId.value()).isPresent()) {
            change(clientId, s -> s.sessions.remove(appointmentId) != null);
        }
    }

    /** Stops watching a client's coverage (treatment ended). Staff items already raised stay raised. */
    public boolean stop(ClientId clientId) {
        Objects.requireNonNull(clientId, "clientId == null");
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            Optional<StoredRecord> rec = store.read(KIND, clientId.value());
            if (rec.isEmpty()) {
                return false;
            }
            try {
                return store.delete(KIND, clientId.value(), rec.get().version());
            } catch (VersionConflictException e) {
                // changed meanwhile: read again and delete that version
            }
        }
        return false;
    }

    /** The watched coverage of a client, if any. */
    public Optional<WatchedCoverage> find(ClientId clientId) {
        Objects.requireNonNull(clientId, "clientId == null");
        Instant now = clock.instant();
        return store.read(KIND, clientId.value()).map(r -> view(WatchState.decode(r.payload(), r.version()), now));
    }

    private WatchedCoverage view(WatchState s, Instant now) {
        return new WatchedCoverage(s.clientId(), s.coverage.payerName(), Optional.ofNullable(s.last), nextCheck(s, now),
                s.open, s.upcoming(now).stream().map(Map.Entry::getValue).toList());
    }

    /**
     * Asks the payer again for every watched coverage whose check is due at {@code now}, raises what
     * changed to staff, and hands over every staff item still owed. A client whose work fails (a pager
     * that is down) does not stop the others: the first failure is rethrown after every client was
     * tried, and its work stays owed.
     *
     * @return what was done, in order
     */
    public List<EligibilityAction> due(Instant now) {
        Objects.requireNonNull(now, "now == null");
        List<EligibilityAction> actions = new ArrayList<>();
        FirstFailure failures = new FirstFailure();
        for (StoredRecord r : store.list(KIND)) {
            try {
                WatchState s = WatchState.decode(r.payload(), r.version());
                if (!now.isBefore(nextCheck(s, now))) {
                    recheck(s, now, actions);
                }
                handOver(s.clientId(), now, actions);
            } catch (RuntimeException e) {
                LOG.warn("eligibility watch {}: due work failed ({}); other clients continue", r.id(),
                        e.getClass().getSimpleName());
                failures.add(e);
            }
        }
        failures.rethrow();
        return actions;
    }

    /** When the payer is asked next: after a failure, at the retry time; else the sooner of the interval and the next session's check. */
    private Instant nextCheck(WatchState s, Instant now) {
        if (s.retryAt != null) {
            return s.retryAt;
        }
        if (s.last == null) {
            return now;
        }
        Instant next = s.last.checkedAt().plus(policy.interval());
        List<Map.Entry<AppointmentId, Instant>> ahead = s.upcoming(now);
        if (!ahead.isEmpty()) {
            Instant checkpoint = ahead.get(0).getValue().minus(policy.sessionLead());
            Instant staleBefore = s.checkedByWatch ? checkpoint.minus(policy.staleAfter()) : checkpoint;
            if (s.last.checkedAt().isBefore(staleBefore) && checkpoint.isBefore(next)) {
                next = checkpoint;
            }
        }
        return next;
    }

    private void recheck(WatchState s, Instant now, List<EligibilityAction> actions) {
        Optional<Instant> session = s.upcoming(now).stream().map(Map.Entry::getValue).findFirst();
        LocalDate serviceDate = session.filter(t -> !now.isBefore(t.minus(policy.sessionLead())))
                .map(t -> LocalDate.ofInstant(t, zone)).orElse(LocalDate.ofInstant(now, zone));
        EligibilityRequest request = EligibilityRequest.builder().client(s.client).coverage(s.coverage)
                .serviceDate(serviceDate).serviceType(ServiceType.INDIVIDUAL).build();
        EligibilityResult result;
        Duration wait = null;
        try {
            result = eligibility.check(request);
        } catch (RetriableException e) {
            result = null;
            wait = e.retryAfter().orElse(Duration.ZERO);
            LOG.debug("eligibility watch {}: the check failed transiently ({}); asked again later", s.clientId(),
                    e.getClass().getSimpleName());
        } catch (PracticeKitException e) {
            result = EligibilityResult.builder().status(EligibilityResult.Status.UNKNOWN).checkedAt(now)
                    .note("the eligibility check was refused (" + e.getClass().getSimpleName()
                            + "); verify with the payer").build();
        }
        audit.record(new AuditEvent(now, "practicekit", "eligibility.checked", s.clientId().value(), "eligibility",
                Set.of("PERSON", "DATE", "INSURANCE"), Map.of("status", result == null ? "NO_ANSWER"
                        : result.status().name(), "serviceDate", serviceDate.toString())));
        EligibilityResult answer = result;
        Duration serverWait = wait;
        WatchState after = change(s.clientId(), st -> {
            if (answer == null || answer.retryLater()) {
                deferred(st, now, serverWait == null ? Duration.ZERO : serverWait);
            } else {
                answered(st, answer, now);
            }
            return true;
        });
        boolean definitive = answer != null && !answer.retryLater();
        actions.add(new EligibilityAction(s.clientId(), definitive ? "eligibility.rechecked" : "eligibility.deferred",
                "eligibility/" + s.clientId().value() + "/check/" + now, now));
        LOG.debug("eligibility watch {}: {}; next check {}", s.clientId(), definitive ? "re-checked" : "deferred",
                nextCheck(after, now));
    }

    private void deferred(WatchState st, Instant now, Duration serverWait) {
        st.failures++;
        Duration wait = policy.retryAfterFailures(st.failures);
        st.retryAt = now.plus(serverWait.compareTo(wait) > 0 ? serverWait : wait);
        Optional<Instant> session = st.upcoming(now).stream().map(Map.Entry::getValue).findFirst();
        if (session.isPresent() && !session.get().isAfter(now.plus(policy.sessionLead().dividedBy(2)))
                && !st.open.contains(UNVERIFIED)) {
            st.open.add(UNVERIFIED);
            raise(st, UNVERIFIED, Escalation.Urgency.SAME_DAY, "Coverage with " + st.coverage.payerName()
                    + " could not be verified before the session on " + day(session.get()) + ": the payer or"
                    + " clearinghouse did not answer (" + st.failures + (st.failures == 1 ? " try" : " tries")
                    + "). Verify coverage by phone or portal before the session; PracticeKit keeps asking.");
        }
    }

    private void answered(WatchState st, EligibilityResult r, Instant now) {
        Optional<Instant> session = st.upcoming(now).stream().map(Map.Entry::getValue).findFirst();
        Escalation.Urgency urgency = session.isPresent() && !session.get().isAfter(now.plus(policy.sessionLead()))
                ? Escalation.Urgency.SAME_DAY : Escalation.Urgency.ROUTINE;
        String before = session.map(t -> "Before the session on " + day(t) + ": ").orElse("Before the next session: ");
        List<String> found = problems(r);
        for (String code : found) {
            if (!st.open.contains(code)) {
                raise(st, code, urgency, summary(code, st.coverage.payerName(), r, before));
            }
        }
        st.open.clear();
        st.open.addAll(found);
        st.last = r;
        st.checkedByWatch = true;
        st.failures = 0;
        st.retryAt = null;
    }

    /** The problems a clear answer shows, by code. */
    private static List<String> problems(EligibilityResult r) {
        List<String> found = new ArrayList<>();
        switch (r.status()) {
            case INACTIVE -> found.add("coverage-lapsed");
            case UNKNOWN -> found.add(r.rejection().isPresent() ? "check-rejected" : "coverage-unknown");
            case ACTIVE -> {
                if (r.mentalHealthBenefit() == EligibilityResult.MentalHealthBenefit.NOT_COVERED) {
                    found.add("no-mental-health-benefit");
                }
                if (r.visitLimit().map(v -> v.exhausted()).orElse(false)) {
                    found.add("visit-limit-reached");
                }
                if (r.priorAuthorizationRequired()) {
                    found.add("prior-authorization-required");
                }
            }
            default -> throw new IllegalStateException("unknown status " + r.status());
        }
        return found;
    }

    /** What staff read: what the payer said, and what to do before the session. */
    private static String summary(String code, String payer, EligibilityResult r, String before) {
        return switch (code) {
            case "coverage-lapsed" -> "Coverage with " + payer + " is no longer active"
                    + r.coverageEnds().map(d -> " (it ended " + d + ")").orElse("") + ". " + before
                    + "ask the client for their current insurance and update it, or agree self-pay under the"
                    + " practice's policy. Claims to " + payer + " would be denied (CO-26/CO-27).";
            case "visit-limit-reached" -> payer + " reports the outpatient mental-health visit limit used up ("
                    + r.visitLimit().map(Object::toString).orElse("0 visits left") + "). " + before
                    + "ask the payer for more visits (medical-necessity review) or agree self-pay with the client;"
                    + " claims would be denied (CO-119).";
            case "prior-authorization-required" -> payer + " now requires prior authorization for outpatient"
                    + " mental health. " + before + "request an authorization and record it in the authorization"
                    + " ledger; without it claims would be denied (CO-197).";
            case "no-mental-health-benefit" -> payer + " reports no outpatient mental-health benefit; the plan may"
                    + " carve it out to a behavioral-health plan. " + before + "find the behavioral-health payer"
                    + " (CO-109/CO-300) or agree self-pay with the client.";
            case "check-rejected" -> "The eligibility check with " + payer + " was rejected: "
                    + r.rejection().orElseThrow().forStaff() + ". " + before + "fix it so coverage is verified.";
            default -> payer + " gave no clear answer about coverage" + (r.note().isEmpty() ? "" : " (" + r.note() + ")")
                    + ". " + before + "verify coverage by phone or portal.";
        };
    }

    private static void raise(WatchState st, String code, Escalation.Urgency urgency, String summary) {
        int n = st.raised.merge(code, 1, Integer::sum);
        st.owed.add(new WatchState.Owed("eligibility/" + st.clientId().value() + "/" + code + "/" + n,
                "eligibility." + code, urgency, summary));
    }

    /** Hands over every staff item the client's record still owes, striking each off once handed over. */
    private void handOver(ClientId clientId, Instant now, List<EligibilityAction> actions) {
        Optional<StoredRecord> rec = store.read(KIND, clientId.value());
        if (rec.isEmpty()) {
            return;
        }
        for (WatchState.Owed o : WatchState.decode(rec.get().payload(), rec.get().version()).owed) {
            escalation.escalate(Escalation.builder().idempotencyKey(o.key()).clientId(clientId).urgency(o.urgency())
                    .category(o.category()).summary(o.summary()).raisedAt(now).build());
            audit.record(new AuditEvent(now, "practicekit", "escalation.raised", clientId.value(), "staff", Set.of(),
                    Map.of("category", o.category(), "urgency", o.urgency().name())));
            change(clientId, st -> st.owed.removeIf(x -> x.key().equals(o.key())));
            actions.add(new EligibilityAction(clientId, o.category(), o.key(), now));
        }
    }

    private String day(Instant t) {
        return DAY.format(t.atZone(zone));
    }

    private void requireWatched(ClientId clientId) {
        if (store.read(KIND, clientId.value()).isEmpty()) {
            throw new ValidationException("eligibility watch", List.of(new FieldProblem("clientId",
                    "has no watched coverage; call watch(client, coverage, lastAnswer) first")));
        }
    }

    /** Reads, applies {@code change} and stores when it reports a change, re-applying after a version conflict. */
    private WatchState change(ClientId clientId, Predicate<WatchState> change) {
        for (int attempt = 1; ; attempt++) {
            StoredRecord rec = store.read(KIND, clientId.value()).orElseThrow(() -> new ValidationException(
                    "eligibility watch", List.of(new FieldProblem("clientId", "has no watched coverage"))));
            WatchState s = WatchState.decode(rec.payload(), rec.version());
            if (!change.test(s)) {
                return s;
            }
            try {
                s.version = store.update(KIND, clientId.value(), rec.version(), s.encode()).version();
                return s;
            } catch (VersionConflictException e) {
                if (attempt >= MAX_ATTEMPTS) {
                    throw e;
                }
                // another instance changed the record since we read it: read again and re-apply
            }
        }
    }

    /**
     * Builds an {@link EligibilityWatch}. Required: store, eligibility, escalation. Defaults: the system
     * UTC clock (and its zone), {@link RecheckPolicy#standard()}, an in-memory audit log.
     */
    public static final class Builder {
        private WorkflowStore store;
        private EligibilityChecker eligibility;
        private HumanEscalation escalation;
        private AuditLog audit = new InMemoryAuditLog();
        private Clock clock = Clock.systemUTC();
        private ZoneId zone;
        private RecheckPolicy policy = RecheckPolicy.standard();

        private Builder() {
        }

        public Builder store(WorkflowStore store) {
            this.store = Objects.requireNonNull(store, "store == null");
            return this;
        }

        /** How the payer is asked (a clearinghouse adapter in production). */
        public Builder eligibility(EligibilityChecker eligibility) {
            this.eligibility = Objects.requireNonNull(eligibility, "eligibility == null");
            return this;
        }

        /** Where staff items go. */
        public Builder escalation(HumanEscalation escalation) {
            this.escalation = Objects.requireNonNull(escalation, "escalation == null");
            return this;
        }

        public Builder audit(AuditLog audit) {
            this.audit = Objects.requireNonNull(audit, "audit == null");
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock == null");
            return this;
        }

        /** The practice's zone: service dates and the session days staff items name. */
        public Builder zone(ZoneId zone) {
            this.zone = Objects.requireNonNull(zone, "zone == null");
            return this;
        }

        public Builder policy(RecheckPolicy policy) {
            this.policy = Objects.requireNonNull(policy, "policy == null");
            return this;
        }

        public EligibilityWatch build() {
            return new EligibilityWatch(this);
        }
    }
}
