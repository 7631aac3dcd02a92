package org.practicekit.core.intake;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.practicekit.core.FieldProblem;
import org.practicekit.core.NonRetriableException;
import org.practicekit.core.PracticeKitException;
import org.practicekit.core.Problems;
import org.practicekit.core.RetriableException;
import org.practicekit.core.ValidationException;
import org.practicekit.core.VersionConflictException;
import org.practicekit.core.event.PracticeListener;
import org.practicekit.core.event.PracticeListeners;
import org.practicekit.core.event.WorkflowEvent;
import org.practicekit.core.messaging.RiskAssessment;
import org.practicekit.core.messaging.RiskClassifier;
import org.practicekit.core.messaging.RiskIndicator;
import org.practicekit.core.model.AppointmentId;
import org.practicekit.core.model.ContactPoint;
import org.practicekit.core.model.ScreeningScore;
import org.practicekit.core.spi.AuditEvent;
import org.practicekit.core.spi.AuditLog;
import org.practicekit.core.spi.DeliveryReceipt;
import org.practicekit.core.spi.EhrAdapter;
import org.practicekit.core.spi.EhrReceipt;
import org.practicekit.core.spi.EligibilityChecker;
import org.practicekit.core.spi.EligibilityResult;
import org.practicekit.core.spi.Escalation;
import org.practicekit.core.messaging.outreach.ClientOutreach;
import org.practicekit.core.messaging.outreach.SendTimeText;
import org.practicekit.core.spi.HumanEscalation;
import org.practicekit.core.spi.MessageChannel;
import org.practicekit.core.spi.OutboundMessage;
import org.practicekit.core.spi.NextDue;
import org.practicekit.core.spi.StoredRecord;
import org.practicekit.core.spi.WorkflowStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs intake from inquiry to a complete, screened, verified client in the EHR: packet sent as a
 * link, reminders and staff escalation from {@link #due}, submissions checked and merged, missing
 * items requested in one message, PHQ-9/GAD-7 scored, a positive PHQ-9 item 9 escalated to a
 * clinician inside the submit call, eligibility checked, everything routed to the EHR in one
 * idempotent write, and the first appointment confirmed.
 *
 * <p>Durability: every transition is stored in the {@link WorkflowStore} together with the side
 * effects it owes before any of them is carried out; each side effect carries a deterministic
 * idempotency key ({@code intake/<caseId>/reminder/1}) and is struck off once done. A restart, or
 * another app instance, carries out what is still owed. Concurrent changes to one case (a submission
 * while a reminder is due) are serialized by the store's optimistic versions: the loser re-reads and
 * applies its change again. Closed cases (nothing owed, not waiting for the client) leave the store's
 * due index, so {@link #due} never reads them again.
 *
 * <p><b>Delivery guarantee for messages</b>, which depends on the channel:
 * <ul>
 *   <li>With {@code ClientOutreach} as the channel (what {@code Practice} wires): <b>exactly once per
 *       idempotency key</b>, across retries, restarts and any number of instances. Outreach records
 *       each message under its key in the same store before sending and claims it with an optimistic
 *       version, so a second instance or a repeated {@code due} finds it already sent or being sent
 *       (measured: three instances over one PostgreSQL, 200 cases, 0 duplicates, 0 lost).</li>
 *   <li>With a bare {@link MessageChannel} (a gateway wired directly): <b>at least once</b>. The effect
 *       is struck off only after the send returns, so two instances running {@code due} at the same
 *       moment, or a crash between the send and striking it off, can send the same reminder twice
 *       (measured: 132 of 200 reminders sent twice across three instances). The message still carries
 *       its idempotency key; a gateway that de-duplicates on it (most SMS and email APIs accept one)
 *       turns this into exactly once. Wire {@code ClientOutreach} unless the gateway does.</li>
 * </ul>
 * The EHR write does not depend on the channel: it is one idempotent write keyed by the case.
 *
 * <p><b>Links.</b> Each message carries a link token derived with HMAC-SHA-256 from the practice's
 * {@linkplain Builder#linkSecret secret} and a random id the case stores; the store keeps only that id and
 * the token's SHA-256, so a copy of the database opens no intake. Through {@code ClientOutreach}, which stores a
 * message until it is sent (quiet hours, retries), a message carries a placeholder with the link id and the link
 * is written in from the secret only as the gateway is handed the message ({@link SendTimeText}), the same link
 * on every attempt; a bare channel is handed the link directly and stores nothing. A link opens the case only while the
 * intake takes answers and until {@link Builder#linkValidFor} after the last message; saved answers are
 * shown only after the client confirms a second fact ({@link #confirmIdentity}), with tries limited.
 *
 * <p>Thread-safe; no threads or timers of its own. Client messages carry the practice name and a
 * link token, never PHI, and never mention risk.
 */
public final class IntakeWorkflow {
    /** The store kind of intake cases; ids are case ids. */
    public static final String CASE_KIND = "intake-case";
    /**
     * The store kind mapping links to case ids. Ids are SHA-256 hashes of link tokens, never the tokens;
     * an earlier version stored plain tokens here, which {@link #migrateLinks()} removes.
     */
    public static final String LINK_KIND = "intake-link";
    /** The name of the send-time text that writes a client's link into a message ({@link SendTimeText}). */
    public static final String LINK_TEXT = "intake-link";

    private static final Logger LOG = LoggerFactory.getLogger(IntakeWorkflow.class);
    private static final int MAX_ATTEMPTS = 25;
    private static final String KEY_PREFIX = "intake/";
    private static final java.util.regex.Pattern US_DATE = java.util.regex.Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Set<String> ROUTED_CATEGORIES = Set.of("PERSON", "DATE", "PHONE", "EMAIL", "ADDRESS",
            "INSURANCE", "HEALTH");

    private final WorkflowStore store;
    private final MessageChannel messages;
    private final HumanEscalation escalation;
    private final EhrAdapter ehr;
    private final EligibilityChecker eligibility;
    private final FirstAppointmentScheduler firstAppointments;
    private final AuditLog audit;
    private final PracticeListener listener;
    private final Clock clock;
    private final ZoneId zone;
    private final IntakePacket packet;
    private final String practiceName;
    private final String portalUrl;
    private final LinkTokens links;
    private final Duration linkValidFor;
    /** True when the channel stores messages and writes the link in at send time. */
    private final boolean linkAtSend;
    private final int identityAttempts;
    private final CaseRecords records;
    private final RiskClassifier riskClassifier;

    private IntakeWorkflow(Builder b) {
        this.store = b.store;
        this.messages = b.channel;
        this.escalation = b.escalation;
        this.ehr = b.ehr;
        this.eligibility = b.eligibility;
        this.firstAppointments = b.firstAppointments;
        this.audit = b.audit;
        this.listener = new PracticeListeners(b.listeners);
        this.clock = b.clock;
        this.zone = b.zone != null ? b.zone : b.clock.getZone();
        this.packet = b.packet;
        this.practiceName = b.practiceName;
        this.portalUrl = b.portalUrl;
        this.records = new CaseRecords(packet, zone);
        this.riskClassifier = b.riskClassifier;
        this.links = new LinkTokens(b.linkSecret);
        this.linkValidFor = b.linkValidFor;
        this.identityAttempts = b.identityAttempts;
        if (b.channel instanceof ClientOutreach) {
            ((ClientOutreach) b.channel).fillAtSend(LINK_TEXT, linkText(b.portalUrl, links));
            this.linkAtSend = true;
        } else {
            this.linkAtSend = false;
        }
    }

    /**
     * The client's link for a stored message's placeholder (the link id), rebuilt from the secret in memory.
     * The case comes from the message's own key, so a placeholder typed into a client's name can at most
     * rebuild that client's own link.
     */
    private static SendTimeText linkText(String portalUrl, LinkTokens links) {
        return (message, linkId) -> {
            String key = message.idempotencyKey();
            int end = key.indexOf('/', KEY_PREFIX.length());
            if (!key.startsWith(KEY_PREFIX) || end < 0 || !LinkTokens.wellFormed(linkId)) {
                throw new IllegalArgumentException("an intake link placeholder outside an intake message");
            }
            return portalUrl + links.token(key.substring(KEY_PREFIX.length(), end), linkId);
        };
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The packet this workflow sends. */
    public IntakePacket packet() {
        return packet;
    }

    /**
     * Opens a case for an inquiry and sends the packet link. Idempotent on the inquiry's case id:
     * starting it again returns the existing case and sends nothing new.
     *
     * @throws ValidationException when the offered first appointment is in the past
     */
    public IntakeCase start(IntakeInquiry inquiry) {
        Objects.requireNonNull(inquiry, "inquiry == null");
        Instant now = clock.instant();
        if (store.read(CASE_KIND, inquiry.caseId()).isEmpty()) {
            Problems problems = Problems.of("intake inquiry");
            inquiry.firstAppointment().ifPresent(t -> problems.require(t.isAfter(now), "firstAppointment",
                    "must be in the future"));
            problems.throwIfAny();
            CaseState s = new CaseState();
            s.caseId = inquiry.caseId();
            s.clientId = inquiry.clientId();
            s.name = inquiry.name();
            s.contact = inquiry.contact();
            s.clinicianId = inquiry.clinicianId().orElse(null);
            s.firstAppointment = inquiry.firstAppointment().orElse(null);
            s.linkId = links.newLinkId();
            s.linkIssue = 1;
            s.linkExpiresAt = now.plus(linkValidFor);
            s.packetId = packet.id();
            s.packetVersion = packet.version();
            s.status = IntakeStatus.PACKET_SENT;
            s.startedAt = now;
            s.pending.add(new Effect(Effect.Kind.MESSAGE, key(s, "packet"), "intake.packet", List.of()));
            s.event(now, "intake.started", "Inquiry taken; intake packet " + packet.id() + " version "
                    + packet.version() + " queued for the client");
            // The link is written first: a link without a case is harmless, a case without its link is not.
            store.insert(LINK_KIND, LinkTokens.storeId(links.token(s.caseId, s.linkId)), s.caseId);
            try {
                String payload = s.encode();
                s.version = store.insert(CASE_KIND, s.caseId, payload, dueOf(payload)).version();
                publish(s);
            } catch (VersionConflictException startedElsewhere) {
                LOG.debug("intake {} was started by another instance", s.caseId);
            }
        }
        runPending(inquiry.caseId(), new ArrayList<>());
        return find(inquiry.caseId()).orElseThrow();
    }

    /**
     * Takes a submission from the client: checks it against the packet on top of what the case
     * holds, stores the merged answers and consents, and carries out what follows. A positive PHQ-9
     * item 9 reaches a clinician through {@link HumanEscalation} before this call returns (a failed
     * escalation fails the call; the escalation stays owed). On a submit with items missing, the
     * client is asked for all of them in one message; on a complete submit, eligibility is checked,
     * the intake routed to the EHR and the first appointment confirmed (a transient failure of those
     * leaves them owed, for {@link #due}).
     *
     * @throws ValidationException listing every problem; the stored case is then unchanged and nothing is sent
     */
    public IntakeCase submit(String caseId, IntakeSubmission submission) {
        Objects.requireNonNull(caseId, "caseId == null");
        Objects.requireNonNull(submission, "submission == null");
        requireCase(caseId);
        change(caseId, s -> {
            Instant now = clock.instant();
            if (s.status.closedToAnswers()) {
                throw new ValidationException("intake submission", List.of(new FieldProblem("caseId",
                        "intake is " + s.status.name().toLowerCase(java.util.Locale.ROOT) + " and takes no more answers")));
            }
            IntakeReview r = packet.review(submission, s.answers, s.signedConsentIds(), LocalDate.ofInstant(now, zone));
            int scoredBefore = s.screenings.size();
            s.answers.clear();
            s.answers.putAll(r.answers());
            for (ConsentSignature sig : r.newConsents()) {
                ConsentDocument doc = packet.consent(sig.documentId()).orElseThrow();
                s.consents.removeIf(c -> c.documentId().equals(doc.id()));
                s.consents.add(new org.practicekit.core.model.ConsentRecord(doc.id(), doc.version(),
                        doc.contentSha256(), sig.signedBy(), now, sig.method()));
            }
            s.screenings.clear();
            s.screenings.addAll(r.screenings());
            s.event(now, "intake.answers-received", submission.answers().size() + " answers and "
                    + r.newConsents().size() + " consents received" + (submission.saveOnly() ? " (progress saved)" : ""));
            if (!r.dropped().isEmpty()) {
                s.event(now, "intake.answers-dropped", r.dropped().size()
                        + " earlier answers dropped because their questions no longer apply");
            }
            if (s.screenings.size() > scoredBefore) {
                s.event(now, "intake.screening-scored", "Screening scored: " + String.join(", ",
                        s.screenings.stream().map(x -> x.instrument().display()).toList()));
            }
            if (r.phq9Item9Positive() && !s.riskFlagged) {
                s.riskFlagged = true;
                s.pending.add(0, riskEscalation(s, now));
                s.event(now, "intake.risk-flagged", "A screening answer needs a clinician's follow-up today;"
                        + " a clinician is being notified");
            }
            screenFreeText(s, submission, now);
            if (submission.saveOnly()) {
                if (s.status == IntakeStatus.PACKET_SENT) {
                    s.status = IntakeStatus.IN_PROGRESS;
                }
                return true;
            }
            s.missing.clear();
            if (r.complete()) {
                s.status = IntakeStatus.SUBMITTED;
                s.submittedAt = now;
                s.event(now, "intake.submitted", "Intake complete: every required item and consent is in");
                s.pending.add(nextAfterSubmit(s));
            } else {
                List<String> labels = new ArrayList<>();
                r.missingItems().forEach(i -> {
                    labels.add(i.label());
                    s.missing.add(i.id());
                });
                r.missingConsents().forEach(d -> {
                    labels.add(d.title());
                    s.missing.add(d.id());
                });
                s.status = IntakeStatus.AWAITING_MISSING_ITEMS;
                s.followUps++;
                s.pending.add(new Effect(Effect.Kind.MESSAGE, key(s, "follow-up/" + s.followUps), "intake.follow-up",
                        labels));
                s.event(now, "intake.items-missing", labels.size() + " items missing; the client is asked for all of"
                        + " them in one message");
            }
            return true;
        });
        runPending(caseId, new ArrayList<>());
        return find(caseId).orElseThrow();
    }

    private Effect nextAfterSubmit(CaseState s) {
        if (records.coverage(s).isPresent()) {
            return new Effect(Effect.Kind.ELIGIBILITY, key(s, "eligibility"), "intake.eligibility", List.of());
        }
        return new Effect(Effect.Kind.EHR, key(s, "ehr"), "intake.ehr", List.of());
    }

    /**
     * Narrative answers ({@link IntakeItem#narrative()}) get the same risk triage as client messages: an
     * answer with any risk indicator reaches a person before this submit returns, whatever the
     * screening scores say.
     */
    private void screenFreeText(CaseState s, IntakeSubmission submission, Instant now) {
        for (Map.Entry<String, String> answer : submission.answers().entrySet()) {
            boolean freeText = packet.item(answer.getKey()).map(IntakeItem::narrative).orElse(false);
            if (!freeText || answer.getValue().isBlank()) {
                continue;
            }
            RiskAssessment assessment = riskClassifier.assess(answer.getValue());
            if (!assessment.needsHuman()) {
                continue;
            }
            String effectKey = key(s, "risk/answer/" + answer.getKey() + "/" + shortHash(answer.getValue()));
            if (s.pending.stream().anyMatch(e -> e.key().equals(effectKey))) {
                continue;
            }
            s.textRiskFlagged = true;
            List<String> params = new ArrayList<>();
            params.add(assessment.level().urgency().name());
            params.add("An intake answer (" + packet.item(answer.getKey()).map(IntakeItem::label).orElse(answer.getKey())
                    + ") in intake case " + s.caseId + " carries risk language (" + assessment.level().name()
                    .toLowerCase(java.util.Locale.ROOT) + "). A clinician must review it now. The client has not been"
                    + " told anything automatically.");
            for (RiskIndicator indicator : assessment.indicators()) {
                params.add(indicator.forStaff());
            }
            params.add("flagged at " + now);
            s.pending.add(0, new Effect(Effect.Kind.ESCALATE, effectKey, "risk.intake-answer", params));
            s.event(now, "intake.risk-flagged", "An answer needs a clinician's review now; a clinician is being notified");
        }
    }

    private static String shortHash(String text) {
        return org.practicekit.core.Sha256.hex(text).substring(0, 12);
    }

    private Effect riskEscalation(CaseState s, Instant now) {
        List<String> params = new ArrayList<>();
        params.add(Escalation.Urgency.IMMEDIATE.name());
        params.add("PHQ-9 item 9 (thoughts of death or self-harm) was answered above 0 in intake case " + s.caseId
                + ". A clinician must follow up today with a suicide risk assessment. The client has not been told"
                + " anything automatically.");
        params.add("item 9 answer: " + s.answers.get(IntakeFields.PHQ9_ITEM9));
        s.screenings.stream().filter(x -> x.instrument() == ScreeningScore.Instrument.PHQ9).findFirst()
                .ifPresent(x -> params.add("PHQ-9 total " + x.total() + " (" + x.band() + ")"));
        params.add("flagged at " + now);
        return new Effect(Effect.Kind.ESCALATE, key(s, "risk/phq9-item9"), "risk.phq9-item9", params);
    }

    /**
     * Withdraws a case: no more messages go out. Idempotent.
     *
     * @throws ValidationException when the case is unknown or already routed to the EHR
     */
    public IntakeCase cancel(String caseId) {
        requireCase(caseId);
        change(caseId, s -> {
            if (s.status == IntakeStatus.CANCELLED) {
                return false;
            }
            if (s.status == IntakeStatus.ROUTED || s.status == IntakeStatus.COMPLETE) {
                throw new ValidationException("intake cancellation", List.of(new FieldProblem("caseId",
                        "is already in the EHR")));
            }
            s.status = IntakeStatus.CANCELLED;
            s.pending.removeIf(e -> e.kind() != Effect.Kind.ESCALATE);
            s.event(clock.instant(), "intake.cancelled", "Intake withdrawn; nothing more is sent");
            return true;
        });
        return find(caseId).orElseThrow();
    }

    /**
     * Records a first appointment staff booked by hand (after the scheduler could not), completing
     * the case. Idempotent.
     */
    public IntakeCase confirmFirstAppointment(String caseId, AppointmentId appointmentId, Instant start) {
        Objects.requireNonNull(appointmentId, "appointmentId == null");
        Objects.requireNonNull(start, "start == null");
        requireCase(caseId);
        change(caseId, s -> {
            if (s.status == IntakeStatus.COMPLETE && appointmentId.equals(s.appointmentId)) {
                return false;
            }
            if (s.status != IntakeStatus.ROUTED) {
                throw new ValidationException("first appointment", List.of(new FieldProblem("caseId",
                        "is not waiting for its first appointment")));
            }
            s.pending.removeIf(e -> e.kind() == Effect.Kind.APPOINTMENT);
            confirmed(s, FirstAppointmentResult.confirmed(appointmentId, start), clock.instant());
            return true;
        });
        return find(caseId).orElseThrow();
    }

    /**
     * Routes a complete intake to the EHR again after staff fixed what made the EHR refuse it. The
     * write carries the same idempotency key as before. Idempotent while the write is owed.
     *
     * @throws ValidationException when the case is unknown or not waiting to be routed
     */
    public IntakeCase retryRouting(String caseId) {
        requireCase(caseId);
        change(caseId, s -> {
            if (s.pending.stream().anyMatch(e -> e.kind() == Effect.Kind.EHR || e.kind() == Effect.Kind.ELIGIBILITY)) {
                return false;
            }
            if (s.status != IntakeStatus.SUBMITTED) {
                throw new ValidationException("intake routing", List.of(new FieldProblem("caseId",
                        "is not a complete intake waiting to be routed")));
            }
            s.pending.add(new Effect(Effect.Kind.EHR, key(s, "ehr"), "intake.ehr", List.of()));
            s.event(clock.instant(), "intake.routing-retried", "Staff asked to route the intake to the EHR again");
            return true;
        });
        runPending(caseId, new ArrayList<>());
        return find(caseId).orElseThrow();
    }

    /** The case, if it exists. */
    public Optional<IntakeCase> find(String caseId) {
        return store.read(CASE_KIND, caseId).map(r -> new IntakeCase(CaseState.decode(r.payload(), r.version())));
    }

    /**
     * Opens a client's intake link: what the portal may show before the client confirms who they are (no
     * answer, no PHI). Empty when the token opens nothing: malformed, unknown or guessed, replaced by a newer
     * link, expired ({@link Builder#linkValidFor}), locked after wrong identity answers, or the intake takes no
     * more answers. The store holds only hashes of tokens; the token is checked against the case in constant time.
     */
    public Optional<IntakeLink> openLink(String token) {
        Objects.requireNonNull(token, "token == null");
        return linked(token, clock.instant()).map(s -> new IntakeLink(s.caseId, s.status, !s.answers.isEmpty(),
                identityCheck(s), s.linkExpiresAt));
    }

    /**
     * Confirms the client on an intake link with a second fact before saved answers are shown: the date of
     * birth saved in the forms ({@code 1991-04-09} or {@code 04/09/1991}), else the last four digits of the
     * phone the link was texted to ({@link IntakeLink#identityCheck()} says which). After
     * {@link Builder#identityAttempts} wrong answers in a row the link locks, staff are asked to call the
     * client ({@code intake.link-locked}) and only {@link #reissueLink} opens the case again. Attempts are
     * counted on the stored case, so they add up across instances.
     *
     * @throws ValidationException when the answer cannot be read as the fact asked for (not counted as a try)
     */
    public IdentityConfirmation confirmIdentity(String token, String answer) {
        Objects.requireNonNull(token, "token == null");
        Objects.requireNonNull(answer, "answer == null");
        Instant now = clock.instant();
        Optional<CaseState> opened = linked(token, now);
        if (opened.isEmpty()) {
            return IdentityConfirmation.refused(IdentityConfirmation.Outcome.NOT_OPEN, 0);
        }
        CaseState before = opened.get();
        IntakeLink.IdentityCheck check = identityCheck(before);
        if (check == IntakeLink.IdentityCheck.NONE) {
            return IdentityConfirmation.refused(IdentityConfirmation.Outcome.NOT_AVAILABLE,
                    identityAttempts - before.linkFailures);
        }
        boolean right = LinkTokens.sameFact(expectedFact(before, check), givenFact(check, answer));
        boolean[] stillOpen = {true};
        CaseState after = change(before.caseId, st -> {
            stillOpen[0] = !st.linkLocked && before.linkId.equals(st.linkId);
            if (!stillOpen[0]) {
                return false; // locked or replaced on another instance meanwhile
            }
            if (right) {
                boolean hadFailures = st.linkFailures > 0;
                st.linkFailures = 0;
                return hadFailures;
            }
            st.linkFailures++;
            if (st.linkFailures < identityAttempts) {
                st.event(now, "intake.identity-not-confirmed", "A wrong answer to the identity question on the client's"
                        + " link (" + st.linkFailures + " of " + identityAttempts + ")");
                return true;
            }
            st.linkLocked = true;
            st.event(now, "intake.link-locked", "The client's link locked after " + identityAttempts
                    + " wrong answers to the identity question; staff asked to call the client");
            st.pending.add(0, new Effect(Effect.Kind.ESCALATE, key(st, "link-locked/" + st.linkIssue), "intake.link-locked",
                    List.of(Escalation.Urgency.ROUTINE.name(), "Intake " + st.caseId + ": the client's link locked after "
                            + identityAttempts + " wrong answers to the identity question. Please call the client on the"
                            + " number on file, confirm who they are, then send a new link.")));
            return true;
        });
        if (!stillOpen[0]) {
            return IdentityConfirmation.refused(IdentityConfirmation.Outcome.NOT_OPEN, 0);
        }
        if (right) {
            // The client is the actor: showing them their own answers is not staff work.
            audit.record(new AuditEvent(now, after.clientId.value(), "intake.answers-shown", after.clientId.value(),
                    "intake-link", ROUTED_CATEGORIES, Map.of("caseId", after.caseId, "check", check.name())));
            return IdentityConfirmation.confirmed(new IntakeCase(after), identityAttempts);
        }
        if (!after.linkLocked) {
            return IdentityConfirmation.refused(IdentityConfirmation.Outcome.WRONG_ANSWER, identityAttempts - after.linkFailures);
        }
        audit.record(new AuditEvent(now, "practicekit", "intake.link-locked", after.clientId.value(), "intake-link",
                Set.of(), Map.of("caseId", after.caseId, "attempts", Integer.toString(identityAttempts))));
        try {
            runPending(after.caseId, new ArrayList<>());
        } catch (PracticeKitException e) {
            // The client is told the link is locked either way; telling staff stays owed for due(now).
            LOG.warn("intake {}: staff could not be told of a locked link yet ({})", after.caseId, e.getClass().getSimpleName());
        }
        return IdentityConfirmation.refused(IdentityConfirmation.Outcome.LOCKED, 0);
    }

    /**
     * Sends the client a new link (staff, after a link locked, expired or reached the wrong person): the earlier
     * link opens nothing from now on and wrong identity answers are forgotten. Each call sends one new link.
     *
     * @throws ValidationException when the case is unknown or takes no more answers
     */
    public IntakeCase reissueLink(String caseId) {
        requireCase(caseId);
        renewLink(caseId, true);
        runPending(caseId, new ArrayList<>());
        return find(caseId).orElseThrow();
    }

    /**
     * Gives every stored case a link the store cannot rebuild: plain tokens an earlier version stored are
     * deleted, and the client of each open case is sent a new link (the old one stops working). Call once after
     * upgrading; until then {@link #due} does the same for each open case it meets. Idempotent.
     *
     * @return how many cases had a plain token
     */
    public int migrateLinks() {
        int migrated = 0;
        for (StoredRecord r : store.list(CASE_KIND)) {
            if (CaseState.decode(r.payload(), r.version()).linkId == null) {
                renewLink(r.id(), false);
                runPending(r.id(), new ArrayList<>());
                migrated++;
            }
        }
        return migrated;
    }

    /** The open case {@code token} is the current link of, if any. */
    private Optional<CaseState> linked(String token, Instant now) {
        if (!LinkTokens.wellFormed(token)) {
            return Optional.empty();
        }
        return store.read(LINK_KIND, LinkTokens.storeId(token))
                .flatMap(link -> store.read(CASE_KIND, link.payload()))
                .map(r -> CaseState.decode(r.payload(), r.version()))
                .filter(s -> s.linkId != null && links.opens(token, s.caseId, s.linkId))
                .filter(s -> !s.linkLocked && s.status.awaitingClient() && s.linkExpiresAt != null
                        && now.isBefore(s.linkExpiresAt));
    }

    /** The date of birth when saved (the stronger fact), else the phone the link was texted to. */
    private static IntakeLink.IdentityCheck identityCheck(CaseState s) {
        if (s.answers.containsKey(IntakeFields.BIRTH_DATE)) {
            return IntakeLink.IdentityCheck.DATE_OF_BIRTH;
        }
        return s.contact.kind() == ContactPoint.Kind.EMAIL ? IntakeLink.IdentityCheck.NONE
                : IntakeLink.IdentityCheck.PHONE_LAST_FOUR;
    }

    private static String expectedFact(CaseState s, IntakeLink.IdentityCheck check) {
        if (check == IntakeLink.IdentityCheck.DATE_OF_BIRTH) {
            return s.answers.get(IntakeFields.BIRTH_DATE);
        }
        String digits = s.contact.value().replaceAll("[^0-9]", "");
        return digits.substring(Math.max(0, digits.length() - 4));
    }

    /** The client's answer in the stored form (ISO date, four digits). */
    private static String givenFact(IntakeLink.IdentityCheck check, String answer) {
        String a = answer.strip();
        if (check == IntakeLink.IdentityCheck.PHONE_LAST_FOUR) {
            String digits = a.replaceAll("[\\s-]", "");
            if (!digits.matches("[0-9]{4}")) {
                throw new ValidationException("identity answer", List.of(new FieldProblem("answer",
                        "must be the last four digits of the phone number")));
            }
            return digits;
        }
        try {
            java.util.regex.Matcher us = US_DATE.matcher(a);
            return (us.matches() ? LocalDate.of(Integer.parseInt(us.group(3)), Integer.parseInt(us.group(1)),
                    Integer.parseInt(us.group(2))) : LocalDate.parse(a)).toString();
        } catch (java.time.DateTimeException e) {
            throw new ValidationException("identity answer", List.of(new FieldProblem("answer",
                    "must be a date of birth such as 1991-04-09 or 04/09/1991")));
        }
    }

    /**
     * Gives the case a new link id (and so a new token), retiring the earlier link or a plain token stored
     * by an earlier version; an open case owes the client a message with the new link.
     */
    private CaseState renewLink(String caseId, boolean staffAsked) {
        String linkId = links.newLinkId();
        // The new link's row goes first: a row whose case never takes its link id opens nothing.
        store.insert(LINK_KIND, LinkTokens.storeId(links.token(caseId, linkId)), caseId);
        String[] retired = new String[2];
        CaseState after = change(caseId, st -> {
            retired[0] = null;
            retired[1] = null;
            if (!staffAsked && st.linkId != null) {
                return false; // migrated meanwhile on another instance
            }
            if (staffAsked && !st.status.awaitingClient()) {
                throw new ValidationException("intake link", List.of(new FieldProblem("caseId",
                        "takes no more answers; a new link would open nothing")));
            }
            retired[0] = st.linkId;
            retired[1] = st.legacyToken;
            Instant now = clock.instant();
            st.linkId = linkId;
            st.legacyToken = null;
            st.linkIssue++;
            st.linkFailures = 0;
            st.linkLocked = false;
            st.linkExpiresAt = now.plus(linkValidFor);
            if (st.status.awaitingClient()) {
                st.pending.add(new Effect(Effect.Kind.MESSAGE, key(st, "link/" + st.linkIssue), "intake.link-reissued",
                        List.of()));
                st.event(now, "intake.link-reissued", staffAsked ? "Staff sent the client a new link; the earlier one"
                        + " no longer opens the case" : "The stored plain link was replaced; the client is sent a new link");
            } else {
                st.event(now, "intake.link-retired", "The stored plain link was removed");
            }
            return true;
        });
        if (retired[0] != null) {
            deleteLink(LinkTokens.storeId(links.token(caseId, retired[0])));
        }
        if (retired[1] != null) {
            deleteLink(retired[1]);
        }
        return after;
    }

    private void deleteLink(String id) {
        store.read(LINK_KIND, id).ifPresent(r -> store.delete(LINK_KIND, id, r.version()));
    }

    /** Every case in the store, ordered by case id. */
    public List<IntakeCase> cases() {
        return store.list(CASE_KIND).stream().map(r -> new IntakeCase(CaseState.decode(r.payload(), r.version())))
                .toList();
    }

    /**
     * Carries out the work due at {@code now} for every case: reminders, staff escalation of
     * clients who have not finished (after the policy's delay, or before the first appointment,
     * whichever comes first), and every side effect still owed, including those a crashed or
     * stopped instance left behind. The host calls it from its own scheduler; calling it again,
     * from any instance, repeats nothing. A case whose work fails (an escalation that could not be
     * handed over) does not stop the others: the first failure is rethrown after every case was
     * tried, and the failed work stays owed for the next call.
     *
     * @return what was carried out, in order
     */
    public List<IntakeAction> due(Instant now) {
        Objects.requireNonNull(now, "now == null");
        List<IntakeAction> actions = new ArrayList<>();
        RuntimeException failure = null;
        for (StoredRecord r : store.due(CASE_KIND, now)) {
            if (CaseState.settled(r.payload())) {
                continue;
            }
            try {
                CaseState s = CaseState.decode(r.payload(), r.version());
                if (s.linkId == null) {
                    s = renewLink(s.caseId, false);
                }
                boolean owed = !s.pending.isEmpty();
                if (s.status.awaitingClient() && timedWorkDue(s, now)) {
                    CaseState after = change(s.caseId, st -> scheduleTimedWork(st, now));
                    owed = owed || !after.pending.isEmpty();
                }
                if (owed) {
                    runPending(s.caseId, actions);
                }
            } catch (RuntimeException e) {
                // One case's failure (a pager that is down) must not hold up every other case; it is
                // rethrown once the others are done, never swallowed.
                LOG.warn("intake {}: due work failed ({}); other cases continue", r.id(), e.getClass().getSimpleName());
                if (failure == null) {
                    failure = e;
                } else if (e != failure) {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
        return actions;
    }

    /** A settled case (nothing owed, not waiting for the client) is closed for due: due(now) never reads it again. */
    private static NextDue dueOf(String payload) {
        return CaseState.settled(payload) ? NextDue.closed() : NextDue.always();
    }

    private boolean timedWorkDue(CaseState s, Instant now) {
        IntakeReminderPolicy policy = packet.reminders();
        return policy.remindersDue(s.startedAt, now) > s.reminders || (!s.staffEscalated
                && !now.isBefore(policy.staffEscalationAt(s.startedAt, Optional.ofNullable(s.firstAppointment))));
    }

    private boolean scheduleTimedWork(CaseState s, Instant now) {
        if (!s.status.awaitingClient()) {
            return false;
        }
        IntakeReminderPolicy policy = packet.reminders();
        boolean changed = false;
        int due = policy.remindersDue(s.startedAt, now);
        if (due > s.reminders) {
            // A late call sends only the latest reminder that is due, not a burst of them.
            s.reminders = due;
            s.pending.add(new Effect(Effect.Kind.MESSAGE, key(s, "reminder/" + due), "intake.reminder", List.of()));
            changed = true;
        }
        Optional<Instant> appointment = Optional.ofNullable(s.firstAppointment);
        Instant escalateAt = policy.staffEscalationAt(s.startedAt, appointment);
        if (!s.staffEscalated && !now.isBefore(escalateAt)) {
            s.staffEscalated = true;
            boolean byAppointment = appointment.isPresent()
                    && escalateAt.equals(appointment.get().minus(policy.beforeFirstAppointment()));
            String summary = "Intake " + s.caseId + " is not complete "
                    + (byAppointment ? "and the first appointment is less than "
                            + policy.beforeFirstAppointment().toHours() + " hours away"
                            : "after " + policy.staffAfter().toDays() + " days")
                    + "; please contact the client (" + s.reminders + " reminders sent).";
            s.pending.add(0, new Effect(Effect.Kind.ESCALATE, key(s, "stalled"), "intake.stalled",
                    List.of((byAppointment ? Escalation.Urgency.SAME_DAY : Escalation.Urgency.ROUTINE).name(), summary,
                            "status: " + s.status.name(), "missing items: " + s.missing.size())));
            s.event(now, "intake.stalled", byAppointment ? "Not complete close to the first appointment; staff asked"
                    + " to step in" : "Not complete in time; staff asked to step in");
            changed = true;
        }
        return changed;
    }

    // ---- side effects -------------------------------------------------------------------------

    /** Carries out the case's owed side effects in order, striking each off once done. */
    private void runPending(String caseId, List<IntakeAction> done) {
        for (int guard = 0; guard < 100; guard++) {
            Optional<StoredRecord> rec = store.read(CASE_KIND, caseId);
            if (rec.isEmpty()) {
                return;
            }
            CaseState s = CaseState.decode(rec.get().payload(), rec.get().version());
            if (s.pending.isEmpty()) {
                return;
            }
            Effect effect = s.pending.get(0);
            if (s.linkId == null && effect.kind() == Effect.Kind.MESSAGE) {
                // A case from before derived links: its message must carry a link the store cannot rebuild.
                renewLink(caseId, false);
                continue;
            }
            Consumer<CaseState> outcome;
            try {
                outcome = perform(s, effect);
            } catch (RetriableException e) {
                if (effect.kind() == Effect.Kind.ESCALATE) {
                    throw e;
                }
                LOG.debug("intake {}: {} failed transiently and stays owed", caseId, effect.code());
                return;
            } catch (PracticeKitException e) {
                // Any other adapter failure is permanent for this effect: a person takes it over. The
                // submission that caused it was valid and is kept, so the caller must not see it as rejected.
                if (effect.kind() == Effect.Kind.ESCALATE) {
                    throw e;
                }
                outcome = failed(effect);
            }
            Consumer<CaseState> apply = outcome;
            change(caseId, st -> {
                if (st.pendingEffect(effect.key()).isEmpty()) {
                    // Another instance struck the effect off meanwhile (a reminder it skipped because the client
                    // had just finished). A message this instance did send is still recorded: the history shows
                    // every message that went out.
                    if (apply instanceof MessageSent) {
                        apply.accept(st);
                        return true;
                    }
                    return false;
                }
                st.pending.removeIf(e -> e.key().equals(effect.key()));
                apply.accept(st);
                return true;
            });
            done.add(new IntakeAction(caseId, effect.code(), effect.key(), clock.instant()));
        }
    }

    /**
     * The outcome of a message that went out: its history entry, and the link it carried opens until
     * {@code linkValidUntil} (a client who just got a reminder must be able to use it).
     */
    private record MessageSent(Instant at, String type, String description, Instant linkValidUntil)
            implements Consumer<CaseState> {
        @Override
        public void accept(CaseState st) {
            st.event(at, type, description);
            if (st.linkExpiresAt == null || st.linkExpiresAt.isBefore(linkValidUntil)) {
                st.linkExpiresAt = linkValidUntil;
            }
        }
    }

    private Consumer<CaseState> perform(CaseState s, Effect effect) {
        Instant now = clock.instant();
        switch (effect.kind()) {
            case MESSAGE: {
                if (effect.code().equals("intake.reminder") && !s.status.awaitingClient()) {
                    // The client finished (perhaps on another instance) after the reminder was scheduled.
                    return st -> st.event(now, "intake.reminder-skipped", "Reminder not sent: the client had finished");
                }
                OutboundMessage m = message(s, effect);
                DeliveryReceipt receipt = messages.send(m);
                if (!receipt.duplicate()) {
                    listener.onMessageSent(m, receipt);
                    audit.record(new AuditEvent(now, "practicekit", "message.sent", s.clientId.value(), "message-channel",
                            Set.of(), Map.of("purpose", m.purpose(), "key", m.idempotencyKey())));
                }
                MessageSent sent = new MessageSent(now, effect.code() + "-sent", describeMessage(effect),
                        now.plus(linkValidFor));
                // A duplicate was sent by whoever strikes the effect off; only a first send must be recorded here.
                return receipt.duplicate() ? sent::accept : sent;
            }
            case ESCALATE: {
                Escalation e = escalationOf(s, effect, now);
                escalation.escalate(e);
                listener.onEscalation(e);
                audit.record(AuditEvent.escalationRaised(now, e));
                return st -> st.event(now, "intake.staff-notified", "Staff notified (" + e.category() + ", "
                        + e.urgency().name().toLowerCase(java.util.Locale.ROOT) + ")");
            }
            case ELIGIBILITY: {
                EligibilityResult result;
                try {
                    result = eligibility.check(records.eligibilityRequest(s));
                } catch (NonRetriableException e) {
                    result = EligibilityResult.builder().status(EligibilityResult.Status.UNKNOWN)
                            .note("the eligibility check was refused; verify with the payer").checkedAt(now).build();
                }
                audit.record(new AuditEvent(now, "practicekit", "eligibility.checked", s.clientId.value(), "eligibility",
                        Set.of("PERSON", "DATE", "INSURANCE"), Map.of("status", result.status().name())));
                EligibilityResult r = result;
                return st -> checked(st, r, now);
            }
            case EHR: {
                EhrReceipt receipt = ehr.routeIntake(records.ehrIntake(s, key(s, "ehr")));
                audit.record(new AuditEvent(now, "practicekit", "ehr.intake.routed", s.clientId.value(), ehr.system(),
                        ROUTED_CATEGORIES, Map.of("caseId", s.caseId, "answers", Integer.toString(s.answers.size()),
                                "consents", Integer.toString(s.consents.size()),
                                "created", Boolean.toString(receipt.created()))));
                return st -> {
                    st.ehrRecordIds.clear();
                    st.ehrRecordIds.putAll(receipt.recordIds());
                    st.status = IntakeStatus.ROUTED;
                    st.event(now, "intake.routed", "Routed to the EHR (" + ehr.system() + ") in one write: client, "
                            + (receipt.recordIds().containsKey("Coverage") ? "coverage, " : "") + st.consents.size()
                            + " consents, " + st.answers.size() + " answers, " + st.screenings.size() + " scores");
                    st.pending.add(new Effect(Effect.Kind.APPOINTMENT, key(st, "first-appointment"),
                            "intake.first-appointment", List.of()));
                };
            }
            case APPOINTMENT: {
                FirstAppointmentResult result = firstAppointments.confirm(new FirstAppointmentRequest(effect.key(),
                        s.caseId, s.clientId, Optional.ofNullable(s.clinicianId), Optional.ofNullable(s.firstAppointment)));
                return st -> confirmed(st, result, now);
            }
            default:
                throw new IllegalStateException("unhandled effect " + effect.kind());
        }
    }

    private void checked(CaseState st, EligibilityResult r, Instant now) {
        st.eligibility = r;
        st.event(now, "intake.eligibility-checked", "Eligibility checked: " + r.status().name().toLowerCase(
                java.util.Locale.ROOT) + (r.priorAuthorizationRequired() ? ", prior authorization required" : ""));
        if (r.needsStaffReview() || r.priorAuthorizationRequired()) {
            Escalation.Urgency urgency = r.status() == EligibilityResult.Status.INACTIVE
                    ? Escalation.Urgency.SAME_DAY : Escalation.Urgency.ROUTINE;
            List<String> params = new ArrayList<>();
            params.add(urgency.name());
            params.add("Insurance for intake " + st.caseId + " needs a person: eligibility "
                    + r.status().name().toLowerCase(java.util.Locale.ROOT) + ", mental-health benefit "
                    + r.mentalHealthBenefit().name().toLowerCase(java.util.Locale.ROOT)
                    + (r.priorAuthorizationRequired() ? ", prior authorization required" : "") + ".");
            if (!r.note().isEmpty()) {
                params.add(r.note());
            }
            st.pending.add(0, new Effect(Effect.Kind.ESCALATE, key(st, "eligibility-review"), "intake.eligibility",
                    params));
        }
        st.pending.add(new Effect(Effect.Kind.EHR, key(st, "ehr"), "intake.ehr", List.of()));
    }

    private void confirmed(CaseState st, FirstAppointmentResult result, Instant now) {
        if (result.isConfirmed()) {
            st.appointmentId = result.appointmentId().orElseThrow();
            st.appointmentStart = result.start().orElseThrow();
            st.status = IntakeStatus.COMPLETE;
            st.event(now, "intake.first-appointment-confirmed", "First appointment confirmed; intake complete");
        } else {
            st.pending.add(0, new Effect(Effect.Kind.ESCALATE, key(st, "first-appointment/staff"),
                    "intake.first-appointment", List.of(Escalation.Urgency.ROUTINE.name(),
                            "Intake " + st.caseId + " is in the EHR but has no first appointment: " + result.reason()
                                    + ". Please book one.")));
            st.event(now, "intake.first-appointment-needed", "No first appointment could be confirmed; staff asked to book one");
        }
    }

    private Consumer<CaseState> failed(Effect effect) {
        Instant now = clock.instant();
        String summary;
        Escalation.Urgency urgency;
        switch (effect.kind()) {
            case MESSAGE:
                summary = "A client message (" + effect.code() + ") could not be delivered; please reach the client another way.";
                urgency = Escalation.Urgency.ROUTINE;
                break;
            case EHR:
                summary = "The EHR refused the intake write; please check the EHR connection and the record.";
                urgency = Escalation.Urgency.SAME_DAY;
                break;
            default:
                summary = "An intake step (" + effect.code() + ") failed and needs a person.";
                urgency = Escalation.Urgency.ROUTINE;
        }
        return st -> {
            st.event(now, "intake.step-failed", "A step failed permanently (" + effect.code() + "); staff asked to help");
            st.pending.add(0, new Effect(Effect.Kind.ESCALATE, effect.key() + "/failed", "intake.step-failed",
                    List.of(urgency.name(), "Intake " + st.caseId + ": " + summary)));
        };
    }

    private Escalation escalationOf(CaseState s, Effect effect, Instant now) {
        Escalation.Builder b = Escalation.builder().idempotencyKey(effect.key()).clientId(s.clientId)
                .urgency(Escalation.Urgency.valueOf(effect.params().get(0))).category(effect.code())
                .summary(effect.params().get(1)).raisedAt(now);
        effect.params().stream().skip(2).forEach(b::addDetail);
        return b.build();
    }

    private OutboundMessage message(CaseState s, Effect effect) {
        // Through outreach the stored text keeps only the link id; the link is written in as it is sent.
        String link = linkAtSend ? SendTimeText.placeholder(LINK_TEXT, s.linkId) : portalUrl + links.token(s.caseId, s.linkId);
        String hello = practiceName + ": Hi " + CaseRecords.greeting(s) + ". ";
        String body;
        switch (effect.code()) {
            case "intake.packet":
                body = hello + "Your new-client forms are ready. Please complete them here: " + link;
                break;
            case "intake.reminder":
                body = hello + "A reminder that your new-client forms are waiting for you: " + link;
                break;
            case "intake.follow-up":
                body = hello + "Thank you for sending your forms. We still need: "
                        + String.join("; ", effect.params()) + ". Please finish here: " + link;
                break;
            case "intake.link-reissued":
                body = hello + "Here is a new link to your new-client forms (the earlier link no longer works): " + link;
                break;
            default:
                throw new IllegalStateException("unknown message " + effect.code());
        }
        OutboundMessage.Builder m = OutboundMessage.builder().idempotencyKey(effect.key()).clientId(s.clientId)
                .to(s.contact).purpose(effect.code());
        if (s.contact.kind() == ContactPoint.Kind.EMAIL) {
            m.subject("Your new-client forms from " + practiceName);
            body += " Reply UNSUBSCRIBE to stop these emails.";
        } else {
            body += " Reply STOP to opt out.";
        }
        return m.body(body).build();
    }

    private static String describeMessage(Effect effect) {
        switch (effect.code()) {
            case "intake.packet":
                return "Intake packet link sent to the client";
            case "intake.reminder":
                return "Reminder " + effect.key().substring(effect.key().lastIndexOf('/') + 1) + " sent to the client";
            case "intake.link-reissued":
                return "A new link sent to the client";
            default:
                return "Follow-up sent asking for " + effect.params().size() + " missing items";
        }
    }

    // ---- storage -----------------------------------------------------------------------------

    private void requireCase(String caseId) {
        Objects.requireNonNull(caseId, "caseId == null");
        if (caseId.length() > 128 || store.read(CASE_KIND, caseId).isEmpty()) {
            throw new ValidationException("intake", List.of(new FieldProblem("caseId", "is not an intake case")));
        }
    }

    /**
     * Reads the case, applies {@code change} and stores it if it reports a change, re-reading and
     * applying again when another writer got there first. Exceptions from {@code change} leave the
     * store untouched.
     */
    private CaseState change(String caseId, Predicate<CaseState> change) {
        for (int attempt = 1; ; attempt++) {
            StoredRecord rec = store.read(CASE_KIND, caseId).orElseThrow(
                    () -> new ValidationException("intake", List.of(new FieldProblem("caseId", "is not an intake case"))));
            CaseState s = CaseState.decode(rec.payload(), rec.version());
            if (!change.test(s)) {
                return s;
            }
            try {
                String payload = s.encode();
                s.version = store.update(CASE_KIND, caseId, rec.version(), payload, dueOf(payload)).version();
                publish(s);
                return s;
            } catch (VersionConflictException e) {
                if (attempt >= MAX_ATTEMPTS) {
                    throw e;
                }
                // another instance changed the case since we read it: read again and re-apply
            }
        }
    }

    private void publish(CaseState s) {
        for (IntakeEvent e : s.fresh) {
            listener.onWorkflowEvent(new WorkflowEvent(e.at(), "intake", s.caseId, e.type(), e.description()));
        }
        s.fresh.clear();
    }

    private static String key(CaseState s, String suffix) {
        return KEY_PREFIX + s.caseId + "/" + suffix;
    }

    /**
     * Builds an {@link IntakeWorkflow}. Required: store, channel, escalation, ehr, eligibility, audit,
     * practiceName, portalUrl, linkSecret; {@link #build()} names every missing part at once. Defaults: the standard
     * packet, the system UTC clock (and its zone), {@link InquiryAppointmentScheduler}, no listeners.
     * There is no default audit log: a practice decides where its audit trail lives.
     */
    public static final class Builder {
        private WorkflowStore store;
        private MessageChannel channel;
        private HumanEscalation escalation;
        private EhrAdapter ehr;
        private EligibilityChecker eligibility;
        private FirstAppointmentScheduler firstAppointments = new InquiryAppointmentScheduler();
        private RiskClassifier riskClassifier = RiskClassifier.standard();
        private AuditLog audit;
        private final List<PracticeListener> listeners = new ArrayList<>();
        private Clock clock = Clock.systemUTC();
        private ZoneId zone;
        private IntakePacket packet = IntakePacket.standard();
        private String practiceName;
        private String portalUrl;
        private byte[] linkSecret;
        private Duration linkValidFor = Duration.ofDays(14);
        private int identityAttempts = 5;

        private Builder() {
        }

        /**
         * The practice's secret intake link tokens are derived from (HMAC-SHA-256), at least 32 random bytes.
         * Keep it outside the database (a secrets manager, the host's configuration): the store holds only a
         * random id per case and hashes of tokens, which give no working link without it. Every instance over
         * one store needs the same secret; a new secret retires every link sent (staff send new ones with
         * {@link IntakeWorkflow#reissueLink}). Copied.
         */
        public Builder linkSecret(byte[] linkSecret) {
            this.linkSecret = Objects.requireNonNull(linkSecret, "linkSecret == null").clone();
            return this;
        }

        /**
         * How long a link opens the case after the last message that carried it (default 14 days); it never
         * opens a case that takes no more answers.
         */
        public Builder linkValidFor(Duration linkValidFor) {
            this.linkValidFor = Objects.requireNonNull(linkValidFor, "linkValidFor == null");
            return this;
        }

        /** Wrong identity answers in a row before a link locks (default 5, at most 10). */
        public Builder identityAttempts(int identityAttempts) {
            this.identityAttempts = identityAttempts;
            return this;
        }

        public Builder store(WorkflowStore store) {
            this.store = Objects.requireNonNull(store, "store == null");
            return this;
        }

        /**
         * Where the packet link, reminders and follow-ups go. Wrap the gateway in {@code ClientOutreach}
         * for exactly-once delivery across instances and quiet hours; a bare channel is at least once
         * (see the class documentation). Given a {@code ClientOutreach} itself (not a wrapper around it), the
         * workflow registers its links with it so stored messages hold a placeholder, never a link.
         */
        public Builder channel(MessageChannel channel) {
            this.channel = Objects.requireNonNull(channel, "channel == null");
            return this;
        }

        /**
         * The old name of {@link #channel(MessageChannel)}.
         *
         * @deprecated use {@link #channel(MessageChannel)}, the name every engine's builder uses
         */
        @Deprecated
        public Builder messages(MessageChannel messages) {
            return channel(messages);
        }

        public Builder escalation(HumanEscalation escalation) {
            this.escalation = Objects.requireNonNull(escalation, "escalation == null");
            return this;
        }

        public Builder ehr(EhrAdapter ehr) {
            this.ehr = Objects.requireNonNull(ehr, "ehr == null");
            return this;
        }

        public Builder eligibility(EligibilityChecker eligibility) {
            this.eligibility = Objects.requireNonNull(eligibility, "eligibility == null");
            return this;
        }

        /** Where the first appointment is confirmed (the scheduling engine). */
        public Builder firstAppointments(FirstAppointmentScheduler firstAppointments) {
            this.firstAppointments = Objects.requireNonNull(firstAppointments, "firstAppointments == null");
            return this;
        }

        /**
         * How free-text answers are triaged for risk (default {@link RiskClassifier#standard()}); any
         * level above NONE reaches a person through the escalation port inside the submit call.
         */
        public Builder riskClassifier(RiskClassifier riskClassifier) {
            this.riskClassifier = Objects.requireNonNull(riskClassifier, "riskClassifier == null");
            return this;
        }

        public Builder audit(AuditLog audit) {
            this.audit = Objects.requireNonNull(audit, "audit == null");
            return this;
        }

        public Builder addListener(PracticeListener listener) {
            listeners.add(Objects.requireNonNull(listener, "listener == null"));
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock == null");
            return this;
        }

        /** The practice's zone: "today" for date checks, and the client's zone in the EHR. */
        public Builder zone(ZoneId zone) {
            this.zone = Objects.requireNonNull(zone, "zone == null");
            return this;
        }

        public Builder packet(IntakePacket packet) {
            this.packet = Objects.requireNonNull(packet, "packet == null");
            return this;
        }

        /** The name messages are signed with ("Main Street Counseling"). */
        public Builder practiceName(String practiceName) {
            this.practiceName = Objects.requireNonNull(practiceName, "practiceName == null");
            return this;
        }

        /** The https URL the link token is appended to ("https://portal.example/intake/"). */
        public Builder portalUrl(String portalUrl) {
            this.portalUrl = Objects.requireNonNull(portalUrl, "portalUrl == null");
            return this;
        }

        /**
         * Builds the workflow.
         *
         * @throws ValidationException naming every missing or invalid part at once
         */
        public IntakeWorkflow build() {
            Problems p = Problems.of("intake workflow");
            p.require(store != null, "store", "is required");
            p.require(channel != null, "channel", "is required");
            p.require(escalation != null, "escalation", "is required");
            p.require(ehr != null, "ehr", "is required");
            p.require(eligibility != null, "eligibility", "is required");
            p.require(audit != null, "audit", "is required (an InMemoryAuditLog only where losing the trail is fine)");
            p.requireText(practiceName, "practiceName");
            if (p.require(linkSecret != null, "linkSecret", "is required (at least " + LinkTokens.MIN_SECRET_BYTES
                    + " random bytes kept outside the database)")) {
                p.require(linkSecret.length >= LinkTokens.MIN_SECRET_BYTES, "linkSecret", "must be at least "
                        + LinkTokens.MIN_SECRET_BYTES + " bytes");
            }
            p.require(!linkValidFor.isNegative() && !linkValidFor.isZero(), "linkValidFor", "must be positive");
            p.require(identityAttempts >= 1 && identityAttempts <= 10, "identityAttempts", "must be 1 to 10");
            if (p.requireText(portalUrl, "portalUrl")) {
                p.require(portalUrl.startsWith("https://"), "portalUrl", "must be an https URL");
            }
            p.throwIfAny();
            return new IntakeWorkflow(this);
        }
    }
}
