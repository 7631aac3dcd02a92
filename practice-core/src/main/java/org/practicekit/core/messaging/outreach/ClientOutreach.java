package org.practicekit.core.messaging.outreach;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import org.practicekit.core.NonRetriableException;
import org.practicekit.core.Problems;
import org.practicekit.core.RetriableException;
import org.practicekit.core.ValidationException;
import org.practicekit.core.VersionConflictException;
import org.practicekit.core.event.PracticeListener;
import org.practicekit.core.event.PracticeListeners;
import org.practicekit.core.model.ClientId;
import org.practicekit.core.model.ContactPoint;
import org.practicekit.core.spi.AuditEvent;
import org.practicekit.core.spi.AuditLog;
import org.practicekit.core.spi.DeliveryReceipt;
import org.practicekit.core.spi.Escalation;
import org.practicekit.core.spi.HumanEscalation;
import org.practicekit.core.spi.MessageChannel;
import org.practicekit.core.spi.OutboundMessage;
import org.practicekit.core.spi.NextDue;
import org.practicekit.core.spi.StoredRecord;
import org.practicekit.core.spi.WorkflowStore;
import org.practicekit.core.store.StoredFields;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The delivery policy in front of a real {@link MessageChannel}. Wrap the channel the intake,
 * scheduling and follow-up engines send through, and every message they send gets:
 * <ul>
 *   <li>the minimum-necessary check (a {@link ValidationException} and nothing sent when it fails);</li>
 *   <li>opt-out honoured ({@link NonRetriableException}, nothing sent or queued);</li>
 *   <li>quiet hours in the client's zone: the message is queued for the client's morning;</li>
 *   <li>one delivery per idempotency key, remembered in the {@link WorkflowStore}, so a restart or a
 *       second app instance never sends it twice; the text is kept only until the message is sent, failed
 *       or suppressed, then only its SHA-256;</li>
 *   <li>{@linkplain SendTimeText send-time text} (an intake link) written in only as the channel is handed
 *       the message, on every attempt: the stored text holds the placeholder, never the link;</li>
 *   <li>transient failures retried with backoff on {@link #due(Instant)}, then escalated to staff.</li>
 * </ul>
 * A queued message is acknowledged with a receipt whose provider id is {@code "queued"}; the real
 * provider id is known once {@code due} sends it. The crisis-resources reply (see
 * {@link DeliveryPolicy#urgentPurposes()}) skips quiet hours and opt-out.
 *
 * <p>Thread-safe; no threads of its own: the host calls {@link #due(Instant)} from its scheduler.
 */
public final class ClientOutreach implements MessageChannel {
    static final String KIND = "outreach-delivery";
    private static final String QUEUED_ID = "queued";
    private static final Logger LOG = LoggerFactory.getLogger(ClientOutreach.class);

    private enum State { QUEUED, SENDING, SENT, FAILED, SUPPRESSED }

    private final MessageChannel channel;
    private final WorkflowStore store;
    private final Clock clock;
    private final ContactPreferences preferences;
    private final ClientZones zones;
    private final HumanEscalation escalation;
    private final DeliveryPolicy policy;
    private final AuditLog audit;
    private final PracticeListener listener;
    private final Map<String, SendTimeText> sendTimeTexts = new ConcurrentHashMap<>();

    private ClientOutreach(Builder b) {
        this.channel = b.channel;
        this.store = b.store;
        this.clock = b.clock;
        this.zones = b.zones;
        this.escalation = b.escalation;
        this.preferences = b.preferences != null ? b.preferences : new ContactPreferences(store);
        this.policy = b.policy;
        this.audit = b.audit;
        this.listener = new PracticeListeners(b.listeners);
    }

    /** Required: channel, store, clock, zones, escalation, audit. */
    public static Builder builder() {
        return new Builder();
    }

    /** The preferences this outreach honours (shared with the message desk for STOP and START). */
    public ContactPreferences preferences() {
        return preferences;
    }

    public DeliveryPolicy policy() {
        return policy;
    }

    /**
     * Registers the text for placeholders named {@code name} ({@link SendTimeText#placeholder}); a later
     * registration under the same name replaces it. The intake workflow registers its links when it is built
     * over this outreach. A message whose placeholder has no text registered is not sent: it waits for a
     * retry, and is handed to staff if none comes in time.
     */
    public void fillAtSend(String name, SendTimeText text) {
        Objects.requireNonNull(name, "name == null");
        Objects.requireNonNull(text, "text == null");
        SendTimeText.placeholder(name, "x");
        sendTimeTexts.put(name, text);
    }

    @Override
    public DeliveryReceipt send(OutboundMessage message) {
        Objects.requireNonNull(message, "message == null");
        boolean urgent = policy.isUrgent(message.purpose());
        if (!urgent) {
            policy.minimumNecessary().check(message);
        }
        String id = recordId(message.idempotencyKey());
        Optional<StoredRecord> existing = store.read(KIND, id);
        if (existing.isPresent()) {
            return duplicateReceipt(StoredFields.decode(existing.get().payload()));
        }
        if (!urgent && preferences.isOptedOut(message.clientId(), message.to().kind())) {
            audit("message.suppressed-opt-out", message, Map.of("kind", message.to().kind().name()));
            throw new NonRetriableException("client " + message.clientId() + " opted out of " + message.to().kind()
                    + " messages", "outreach", "send", null);
        }
        Instant now = clock.instant();
        Instant allowed = urgent ? now : policy.nextAllowed(now, zones.zoneOf(message.clientId()));
        StoredFields fields = encode(message, now);
        if (allowed.isAfter(now)) {
            fields.put("state", State.QUEUED.name()).put("next", allowed.toString());
            if (!insert(id, fields)) {
                return duplicateReceipt(current(id));
            }
            audit("message.deferred-quiet-hours", message, Map.of("until", allowed.toString()));
            return new DeliveryReceipt(message.idempotencyKey(), QUEUED_ID, false, now);
        }
        fields.put("state", State.SENDING.name()).put("next", now.plus(policy.attemptLease()).toString());
        if (!insert(id, fields)) {
            return duplicateReceipt(current(id));
        }
        StoredRecord claimed = store.read(KIND, id).orElseThrow();
        Attempt result = attempt(claimed, message);
        if (result.failure instanceof NonRetriableException) {
            throw (NonRetriableException) result.failure;
        }
        return result.receipt.orElseGet(() -> new DeliveryReceipt(message.idempotencyKey(), QUEUED_ID, false, now));
    }

    /**
     * Sends what is due at {@code now}: messages held for quiet hours, retries whose backoff has
     * passed, and attempts a crash left in flight. Safe to call from several instances at once: each
     * message is claimed with an optimistic version before it is sent.
     */
    public List<DeliveryOutcome> due(Instant now) {
        Objects.requireNonNull(now, "now == null");
        List<DeliveryOutcome> out = new ArrayList<>();
        for (StoredRecord r : store.due(KIND, now)) {
            StoredFields f = StoredFields.decode(r.payload());
            State state = State.valueOf(f.require("state"));
            if ((state != State.QUEUED && state != State.SENDING) || Instant.parse(f.require("next")).isAfter(now)) {
                continue;
            }
            try {
                dueOne(r, f, now).ifPresent(out::add);
            } catch (VersionConflictException e) {
                // Another instance claimed it first; it is theirs to send.
            } catch (RuntimeException e) {
                // Left due: the next pass tries again. Never the message content in the log.
                LOG.warn("outreach could not process queued message {}: {}", r.id(), e.getClass().getName());
            }
        }
        return out;
    }

    /** The due index entry of a message: queued or being sent ones at their next attempt, the rest never again. */
    private static NextDue dueOf(StoredFields f) {
        State state = State.valueOf(f.require("state"));
        return state == State.QUEUED || state == State.SENDING ? NextDue.at(Instant.parse(f.require("next"))) : NextDue.closed();
    }

    private Optional<DeliveryOutcome> dueOne(StoredRecord r, StoredFields f, Instant now) {
        OutboundMessage message = decode(f);
        boolean urgent = policy.isUrgent(message.purpose());
        int attempts = (int) f.requireLong("attempts");
        if (!urgent && preferences.isOptedOut(message.clientId(), message.to().kind())) {
            forgetBody(f.put("state", State.SUPPRESSED.name()));
            store.update(KIND, r.id(), r.version(), f.encode(), dueOf(f));
            audit("message.suppressed-opt-out", message, Map.of("kind", message.to().kind().name()));
            return Optional.of(outcome(message, DeliveryOutcome.Status.SUPPRESSED, attempts));
        }
        Instant allowed = urgent ? now : policy.nextAllowed(now, zones.zoneOf(message.clientId()));
        if (allowed.isAfter(now)) {
            f.put("state", State.QUEUED.name()).put("next", allowed.toString());
            store.update(KIND, r.id(), r.version(), f.encode(), dueOf(f));
            return Optional.of(outcome(message, DeliveryOutcome.Status.DEFERRED, attempts));
        }
        f.put("state", State.SENDING.name()).put("next", now.plus(policy.attemptLease()).toString());
        StoredRecord claimed = store.update(KIND, r.id(), r.version(), f.encode(), dueOf(f));
        Attempt result = attempt(claimed, message);
        return Optional.of(outcome(message, result.status, result.attempts));
    }

    private static final class Attempt {
        final DeliveryOutcome.Status status;
        final int attempts;
        final Optional<DeliveryReceipt> receipt;
        final RuntimeException failure;

        Attempt(DeliveryOutcome.Status status, int attempts, Optional<DeliveryReceipt> receipt, RuntimeException failure) {
            this.status = status;
            this.attempts = attempts;
            this.receipt = receipt;
            this.failure = failure;
        }
    }

    /** One delivery attempt of a claimed record: SENT, a retry scheduled, or FAILED and escalated. */
    private Attempt attempt(StoredRecord claimed, OutboundMessage message) {
        StoredFields f = StoredFields.decode(claimed.payload());
        int attempts = (int) f.requireLong("attempts") + 1;
        f.put("attempts", attempts);
        try {
            DeliveryReceipt receipt = channel.send(filledIn(message));
            forgetBody(f.put("state", State.SENT.name()).put("provider", receipt.providerMessageId())
                    .put("acceptedAt", receipt.acceptedAt().toString()));
            store.update(KIND, claimed.id(), claimed.version(), f.encode(), dueOf(f));
            if (!receipt.duplicate()) {
                notifySent(message, receipt);
                audit("message.sent", message, Map.of("attempts", Integer.toString(attempts)));
            }
            return new Attempt(DeliveryOutcome.Status.SENT, attempts, Optional.of(receipt), null);
        } catch (NonRetriableException | ValidationException e) {
            fail(claimed, f, message, attempts, e.getClass().getSimpleName());
            return new Attempt(DeliveryOutcome.Status.FAILED, attempts, Optional.empty(),
                    e instanceof NonRetriableException ? e : new NonRetriableException("message refused by the channel",
                            "outreach", "send", e));
        } catch (RuntimeException e) {
            // Retriable or unknown: both are worth another try; the key keeps the channel from duplicating.
            if (attempts >= policy.maxAttempts()) {
                fail(claimed, f, message, attempts, e.getClass().getSimpleName());
                return new Attempt(DeliveryOutcome.Status.FAILED, attempts, Optional.empty(), e);
            }
            Duration delay = policy.retryDelays().get(attempts - 1);
            if (e instanceof RetriableException) {
                Optional<Duration> asked = ((RetriableException) e).retryAfter();
                if (asked.isPresent() && asked.get().compareTo(delay) > 0) {
                    delay = asked.get();
                }
            }
            f.put("state", State.QUEUED.name()).put("next", clock.instant().plus(delay).toString())
                    .put("lastError", e.getClass().getSimpleName());
            store.update(KIND, claimed.id(), claimed.version(), f.encode(), dueOf(f));
            return new Attempt(DeliveryOutcome.Status.RETRY_SCHEDULED, attempts, Optional.empty(), e);
        }
    }

    private void fail(StoredRecord claimed, StoredFields f, OutboundMessage message, int attempts, String error) {
        // Staff first: if telling them fails, the record stays due and the next pass tries again.
        escalation.escalate(Escalation.builder()
                .idempotencyKey("delivery-failed:" + message.idempotencyKey())
                .clientId(message.clientId())
                .urgency(policy.isUrgent(message.purpose()) ? Escalation.Urgency.IMMEDIATE : Escalation.Urgency.ROUTINE)
                .category("messaging.delivery-failed")
                .summary("A " + describe(message.to().kind()) + " to client " + message.clientId() + " (" + message.purpose()
                        + ") could not be delivered after " + attempts + (attempts == 1 ? " attempt" : " attempts")
                        + ". Please reach the client another way.")
                .addDetail("last error: " + error)
                .raisedAt(clock.instant())
                .build());
        forgetBody(f.put("state", State.FAILED.name()).put("lastError", error));
        store.update(KIND, claimed.id(), claimed.version(), f.encode(), dueOf(f));
        audit("message.delivery-failed", message, Map.of("attempts", Integer.toString(attempts), "error", error));
    }

    /**
     * The message as the client reads it: each send-time placeholder filled in, in memory only. Listeners,
     * audit and the store see the stored text.
     */
    private OutboundMessage filledIn(OutboundMessage stored) {
        Matcher m = SendTimeText.PLACEHOLDER.matcher(stored.body());
        if (!m.find()) {
            return stored;
        }
        StringBuilder body = new StringBuilder();
        do {
            SendTimeText text = sendTimeTexts.get(m.group(1));
            if (text == null) {
                throw new IllegalStateException("no send-time text registered for '" + m.group(1) + "'");
            }
            m.appendReplacement(body, Matcher.quoteReplacement(text.render(stored, m.group(2))));
        } while (m.find());
        m.appendTail(body);
        return stored.toBuilder().body(body.toString()).build();
    }

    /**
     * A message that will not be sent again keeps only its body's SHA-256: the text may carry a client's
     * intake link, and a stored copy would keep it usable for as long as the database is kept.
     */
    private static StoredFields forgetBody(StoredFields f) {
        f.get("body").ifPresent(body -> f.put("bodySha256", org.practicekit.core.Sha256.hex(body)));
        return f.remove("body");
    }

    private static String describe(ContactPoint.Kind kind) {
        return kind == ContactPoint.Kind.EMAIL ? "email" : "text message";
    }

    private DeliveryOutcome outcome(OutboundMessage m, DeliveryOutcome.Status status, int attempts) {
        return new DeliveryOutcome(m.idempotencyKey(), m.clientId(), m.purpose(), status, attempts);
    }

    private void notifySent(OutboundMessage message, DeliveryReceipt receipt) {
        try {
            listener.onMessageSent(message, receipt);
        } catch (RuntimeException e) {
            LOG.warn("listener {} threw on message sent: {}", listener.getClass().getName(), e.getClass().getName());
        }
    }

    private void audit(String action, OutboundMessage m, Map<String, String> details) {
        Map<String, String> d = new java.util.HashMap<>(details);
        d.put("purpose", m.purpose());
        d.put("key", m.idempotencyKey());
        audit.record(new AuditEvent(clock.instant(), "practicekit", action, m.clientId().value(),
                "channel:" + m.to().kind().name().toLowerCase(java.util.Locale.ROOT), java.util.Set.of("CONTACT"), d));
    }

    private boolean insert(String id, StoredFields fields) {
        try {
            store.insert(KIND, id, fields.encode(), dueOf(fields));
            return true;
        } catch (VersionConflictException e) {
            return false;
        }
    }

    private StoredFields current(String id) {
        return StoredFields.decode(store.read(KIND, id).orElseThrow().payload());
    }

    private static DeliveryReceipt duplicateReceipt(StoredFields f) {
        String provider = f.get("provider").orElse(QUEUED_ID);
        Instant accepted = Instant.parse(f.get("acceptedAt").orElse(f.require("createdAt")));
        return new DeliveryReceipt(f.require("key"), provider, true, accepted);
    }

    private static StoredFields encode(OutboundMessage m, Instant now) {
        StoredFields f = StoredFields.create().put("key", m.idempotencyKey()).put("client", m.clientId().value())
                .put("toKind", m.to().kind().name()).put("to", m.to().value()).put("body", m.body())
                .put("purpose", m.purpose()).put("attempts", 0).put("createdAt", now.toString());
        m.subject().ifPresent(s -> f.put("subject", s));
        return f;
    }

    private static OutboundMessage decode(StoredFields f) {
        OutboundMessage.Builder b = OutboundMessage.builder().idempotencyKey(f.require("key"))
                .clientId(ClientId.of(f.require("client")))
                .to(new ContactPoint(ContactPoint.Kind.valueOf(f.require("toKind")), f.require("to")))
                .body(f.require("body")).purpose(f.require("purpose"));
        f.get("subject").ifPresent(b::subject);
        return b.build();
    }

    /** Store ids are at most 128 characters: longer keys are hashed. */
    static String recordId(String key) {
        if (key.length() <= 120) {
            return key;
        }
        return "sha256:" + org.practicekit.core.Sha256.hex(key);
    }

    /** Builds a {@link ClientOutreach}. */
    public static final class Builder {
        private MessageChannel channel;
        private WorkflowStore store;
        private Clock clock;
        private ClientZones zones;
        private HumanEscalation escalation;
        private ContactPreferences preferences;
        private DeliveryPolicy policy = DeliveryPolicy.standard();
        private AuditLog audit;
        private final List<PracticeListener> listeners = new ArrayList<>();

        private Builder() {
        }

        /** The real channel (SMS gateway, email service, portal) messages finally go through. */
        public Builder channel(MessageChannel channel) {
            this.channel = Objects.requireNonNull(channel, "channel == null");
            return this;
        }

        public Builder store(WorkflowStore store) {
            this.store = Objects.requireNonNull(store, "store == null");
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock == null");
            return this;
        }

        /** Each client's zone, for quiet hours. */
        public Builder zones(ClientZones zones) {
            this.zones = Objects.requireNonNull(zones, "zones == null");
            return this;
        }

        /** Who hears about a message that could not be delivered. */
        public Builder escalation(HumanEscalation escalation) {
            this.escalation = Objects.requireNonNull(escalation, "escalation == null");
            return this;
        }

        /** Defaults to preferences kept in the same store. */
        public Builder preferences(ContactPreferences preferences) {
            this.preferences = Objects.requireNonNull(preferences, "preferences == null");
            return this;
        }

        public Builder policy(DeliveryPolicy policy) {
            this.policy = Objects.requireNonNull(policy, "policy == null");
            return this;
        }

        /** Where sends, deferrals, suppressions and failures are audited (purpose and key, never content). */
        public Builder audit(AuditLog audit) {
            this.audit = Objects.requireNonNull(audit, "audit == null");
            return this;
        }

        /** Hears every message the real channel accepted; a listener that throws is logged and skipped. */
        public Builder addListener(PracticeListener listener) {
            listeners.add(Objects.requireNonNull(listener, "listener == null"));
            return this;
        }

        /**
         * The old name of {@link #addListener(PracticeListener)}.
         *
         * @deprecated use {@link #addListener(PracticeListener)}, the name every engine's builder uses
         */
        @Deprecated
        public Builder listener(PracticeListener listener) {
            return addListener(listener);
        }

        /**
         * Builds the outreach.
         *
         * @throws ValidationException naming every missing part at once
         */
        public ClientOutreach build() {
            Problems p = Problems.of("client outreach");
            p.require(channel != null, "channel", "is required");
            p.require(store != null, "store", "is required");
            p.require(clock != null, "clock", "is required");
            p.require(zones != null, "zones", "is required");
            p.require(escalation != null, "escalation", "is required");
            p.require(audit != null, "audit", "is required");
            p.throwIfAny();
            return new ClientOutreach(this);
        }
    }
}
