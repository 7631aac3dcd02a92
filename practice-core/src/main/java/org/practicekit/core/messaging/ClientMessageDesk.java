package org.practicekit.core.messaging;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.practicekit.core.Problems;
import org.practicekit.core.event.PracticeListener;
import org.practicekit.core.event.PracticeListeners;
import org.practicekit.core.event.WorkflowEvent;
import org.practicekit.core.messaging.outreach.ContactKeyword;
import org.practicekit.core.messaging.outreach.ContactPreferences;
import org.practicekit.core.messaging.outreach.DeliveryPolicy;
import org.practicekit.core.spi.AuditEvent;
import org.practicekit.core.spi.AuditLog;
import org.practicekit.core.spi.Escalation;
import org.practicekit.core.spi.HumanEscalation;
import org.practicekit.core.spi.MessageChannel;
import org.practicekit.core.spi.OutboundMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The front desk for inbound client messages. Risk comes first, always:
 * <ol>
 *   <li>the message is assessed by the {@link RiskClassifier} (a classifier that fails counts as
 *       risk: a person reads the message);</li>
 *   <li>a message above {@link RiskLevel#NONE} goes synchronously to {@link HumanEscalation}
 *       (urgency {@code IMMEDIATE} from {@code HIGH} up) before anything else happens; if that
 *       hand-over fails, {@link #receive} throws and nothing else is done, so the host retries;</li>
 *   <li>only then is it audited (levels and categories, never the text) and the client may get the
 *       practice's crisis-resources reply (988, 911), and nothing else: no routing, no other reply.
 *       A failure in these steps is reported in the outcome and never undoes the escalation;</li>
 *   <li>a message without risk that answers a question the client holds (YES to a waitlist offer, a
 *       number for a reschedule, C to confirm) is applied by the {@link ReplyHandler} and answered; one
 *       the handler matched but could not apply goes to the staff inbox;</li>
 *   <li>any other message that is exactly STOP or START changes the client's contact preferences; the
 *       rest is routed to its queue (scheduling, intake, billing, or the staff inbox) and never answered
 *       automatically.</li>
 * </ol>
 * Idempotent on the message id: receiving a message twice escalates, replies and routes once.
 * Thread-safe; holds no threads.
 */
public final class ClientMessageDesk {
    /** The default crisis-resources reply. */
    public static final String STANDARD_CRISIS_REPLY = "We received your message and a member of our team has been told. "
            + "If you are thinking about suicide or are in crisis, call or text 988 (Suicide & Crisis Lifeline). "
            + "If you are in immediate danger, call 911.";

    private static final Logger LOG = LoggerFactory.getLogger(ClientMessageDesk.class);

    private final RiskClassifier classifier;
    private final IntentRouter router;
    private final HumanEscalation escalation;
    private final MessageChannel channel;
    private final AuditLog audit;
    private final Clock clock;
    private final Optional<String> crisisReply;
    private final Map<MessageIntent, MessageInbox> inboxes;
    private final MessageInbox staffInbox;
    private final Optional<ContactPreferences> preferences;
    private final Optional<ReplyHandler> replies;
    private final PracticeListener listener;

    private ClientMessageDesk(Builder b) {
        this.classifier = b.classifier;
        this.router = b.router;
        this.escalation = b.escalation;
        this.channel = b.channel;
        this.audit = b.audit;
        this.clock = b.clock;
        this.crisisReply = b.crisisReply;
        this.inboxes = Map.copyOf(b.inboxes);
        this.staffInbox = b.staffInbox;
        this.preferences = b.preferences;
        this.replies = b.replies;
        this.listener = new PracticeListeners(b.listeners);
    }

    /** Required: escalation, channel, audit, clock. */
    public static Builder builder() {
        return new Builder();
    }

    /** Triage one message. See the class comment for the order of steps. */
    public TriageOutcome receive(ClientMessage message) {
        Objects.requireNonNull(message, "message == null");
        RiskAssessment assessment = assess(message);
        if (assessment.needsHuman()) {
            return escalate(message, assessment);
        }
        return route(message, assessment);
    }

    private RiskAssessment assess(ClientMessage message) {
        try {
            return classifier.assess(message.text());
        } catch (RuntimeException e) {
            LOG.warn("risk classifier {} failed on message {} ({}); sending it to a person", classifier.getClass().getName(),
                    message.id(), e.getClass().getName());
            return RiskAssessment.of(List.of(RiskIndicator.of(RiskCategory.NOT_ASSESSED, "classifier.failed", "")));
        }
    }

    private TriageOutcome escalate(ClientMessage message, RiskAssessment assessment) {
        Escalation e = Escalation.builder()
                .idempotencyKey("message-risk:" + message.id())
                .clientId(message.clientId())
                .urgency(assessment.level().urgency())
                .category("risk.message")
                .summary("A message from client " + message.clientId() + " shows risk (" + assessment.level() + "): "
                        + assessment.categories().stream().map(RiskCategory::description).collect(Collectors.joining(", "))
                        + ". Read it and contact the client"
                        + (assessment.level().urgency() == Escalation.Urgency.IMMEDIATE ? " now." : " today."))
                .addDetail("Message received " + message.receivedAt() + ": " + message.text())
                .raisedAt(clock.instant())
                .build();
        Escalation full = withIndicators(e, assessment);
        escalation.escalate(full);

        // Everything below is after the hand-over: it may fail, it never undoes it.
        List<String> problems = new ArrayList<>();
        RuntimeException auditFailure = null;
        try {
            audit.record(new AuditEvent(clock.instant(), "practicekit", "message.risk-escalated",
                    message.clientId().value(), "human-escalation", Set.of(), riskDetails(message, assessment)));
        } catch (RuntimeException ex) {
            auditFailure = ex;
            problems.add("audit failed: " + ex.getClass().getSimpleName());
        }
        try {
            listener.onEscalation(full);
        } catch (RuntimeException ex) {
            LOG.warn("listener {} threw on escalation: {}", listener.getClass().getName(), ex.getClass().getName());
        }
        boolean replied = false;
        if (crisisReply.isPresent() && message.from().isPresent()) {
            try {
                channel.send(OutboundMessage.builder()
                        .idempotencyKey("crisis-reply:" + message.id())
                        .clientId(message.clientId())
                        .to(message.from().get())
                        .body(crisisReply.get())
                        .purpose(DeliveryPolicy.CRISIS_RESOURCES)
                        .build());
                replied = true;
            } catch (RuntimeException ex) {
                problems.add("crisis-resources reply not sent: " + ex.getClass().getSimpleName());
                LOG.warn("crisis-resources reply for message {} failed: {}", message.id(), ex.getClass().getName());
            }
        } else if (crisisReply.isPresent()) {
            problems.add("crisis-resources reply not sent: no reply address");
        }
        if (auditFailure != null) {
            // The audit log must not silently lose an event; the escalation already stands and is idempotent.
            throw auditFailure;
        }
        return new TriageOutcome(message.id(), assessment, true, replied, Optional.empty(), Optional.empty(),
                Optional.empty(), problems);
    }

    private static Escalation withIndicators(Escalation e, RiskAssessment assessment) {
        Escalation.Builder b = e.toBuilder();
        for (RiskIndicator i : assessment.indicators()) {
            b.addDetail("Indicator: " + i.forStaff());
        }
        return b.build();
    }

    private static Map<String, String> riskDetails(ClientMessage message, RiskAssessment assessment) {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("messageId", message.id());
        d.put("level", assessment.level().name());
        d.put("categories", assessment.categories().stream().map(Enum::name).collect(Collectors.joining(",")));
        d.put("indicators", Integer.toString(assessment.indicators().size()));
        return d;
    }

    private TriageOutcome route(ClientMessage message, RiskAssessment assessment) {
        List<String> problems = new ArrayList<>();
        if (replies.isPresent()) {
            try {
                Optional<AppliedReply> applied = replies.get().apply(message);
                if (applied.isPresent()) {
                    return replied(message, assessment, applied.get());
                }
            } catch (RuntimeException ex) {
                // The reply named a question the client holds but could not be applied (the offer moved on,
                // the time was taken): a person answers it, and it is never read as a keyword instead.
                problems.add("reply not applied: " + ex.getClass().getSimpleName() + "; sent to the staff inbox");
                return deliver(message, assessment, MessageIntent.STAFF, staffInbox, problems);
            }
        }
        if (preferences.isPresent()) {
            Optional<ContactKeyword> keyword = preferences.get().applyKeyword(message.clientId(), message.from(),
                    message.text());
            if (keyword.isPresent()) {
                audit.record(new AuditEvent(clock.instant(), message.clientId().value(),
                        keyword.get() == ContactKeyword.STOP ? "message.opt-out" : "message.opt-in", message.clientId().value(),
                        "", Set.of(), Map.of("messageId", message.id(), "via",
                                message.from().map(c -> c.kind().name()).orElse("ALL"))));
                return new TriageOutcome(message.id(), assessment, false, false, Optional.empty(), keyword,
                        Optional.empty(), List.of());
            }
        }
        MessageIntent intent;
        try {
            intent = Objects.requireNonNull(router.intentOf(message.text()), "intent == null");
        } catch (RuntimeException ex) {
            problems.add("intent router failed: " + ex.getClass().getSimpleName() + "; sent to the staff inbox");
            intent = MessageIntent.STAFF;
        }
        return deliver(message, assessment, intent, inboxes.getOrDefault(intent, staffInbox), problems);
    }

    private TriageOutcome deliver(ClientMessage message, RiskAssessment assessment, MessageIntent intent, MessageInbox inbox,
            List<String> problems) {
        RoutedMessage routed = new RoutedMessage(message, intent, "route:" + message.id());
        try {
            inbox.deliver(routed);
        } catch (RuntimeException ex) {
            if (inbox == staffInbox) {
                throw ex;
            }
            problems.add(intent.name().toLowerCase(Locale.ROOT) + " inbox failed: " + ex.getClass().getSimpleName()
                    + "; sent to the staff inbox");
            staffInbox.deliver(routed);
        }
        audit.record(new AuditEvent(clock.instant(), "practicekit", "message.routed", message.clientId().value(),
                "inbox:" + intent.name().toLowerCase(Locale.ROOT), Set.of(), Map.of("messageId", message.id())));
        try {
            listener.onWorkflowEvent(new WorkflowEvent(clock.instant(), "messaging", message.id(), "message.routed",
                    "A client message went to the " + intent.name().toLowerCase(Locale.ROOT) + " queue."));
        } catch (RuntimeException ex) {
            LOG.warn("listener {} threw on routing: {}", listener.getClass().getName(), ex.getClass().getName());
        }
        return new TriageOutcome(message.id(), assessment, false, false, Optional.of(intent), Optional.empty(),
                Optional.empty(), problems);
    }

    private TriageOutcome replied(ClientMessage message, RiskAssessment assessment, AppliedReply applied) {
        if (applied.again()) {
            // A redelivery of a message already applied: recorded and heard the first time.
            return new TriageOutcome(message.id(), assessment, false, false, Optional.empty(), Optional.empty(),
                    Optional.of(applied), List.of());
        }
        audit.record(new AuditEvent(clock.instant(), message.clientId().value(), "message.reply-applied",
                message.clientId().value(), "", Set.of(), Map.of("messageId", message.id(), "question", applied.question(),
                        "action", applied.action(), "reference", applied.reference())));
        try {
            listener.onWorkflowEvent(new WorkflowEvent(clock.instant(), "messaging", message.id(), "message.reply-applied",
                    "A client's reply was applied: " + applied.question() + " " + applied.action() + "."));
        } catch (RuntimeException ex) {
            LOG.warn("listener {} threw on a reply: {}", listener.getClass().getName(), ex.getClass().getName());
        }
        return new TriageOutcome(message.id(), assessment, false, false, Optional.empty(), Optional.empty(),
                Optional.of(applied), List.of());
    }

    /** Builds a {@link ClientMessageDesk}. */
    public static final class Builder {
        private RiskClassifier classifier = RiskClassifier.standard();
        private IntentRouter router = IntentRouter.standard();
        private HumanEscalation escalation;
        private MessageChannel channel;
        private AuditLog audit;
        private Clock clock;
        private Optional<String> crisisReply = Optional.of(STANDARD_CRISIS_REPLY);
        private final Map<MessageIntent, MessageInbox> inboxes = new EnumMap<>(MessageIntent.class);
        private MessageInbox staffInbox = new InMemoryInbox();
        private Optional<ContactPreferences> preferences = Optional.empty();
        private Optional<ReplyHandler> replies = Optional.empty();
        private final List<PracticeListener> listeners = new ArrayList<>();

        private Builder() {
        }

        /** Defaults to {@link RiskClassifier#standard()}. */
        public Builder classifier(RiskClassifier classifier) {
            this.classifier = Objects.requireNonNull(classifier, "classifier == null");
            return this;
        }

        /** Defaults to {@link IntentRouter#standard()}. */
        public Builder router(IntentRouter router) {
            this.router = Objects.requireNonNull(router, "router == null");
            return this;
        }

        /** Who is told, synchronously, about a message with risk. */
        public Builder escalation(HumanEscalation escalation) {
            this.escalation = Objects.requireNonNull(escalation, "escalation == null");
            return this;
        }

        /** Carries the crisis-resources reply (wrap it in {@code ClientOutreach} for retries). */
        public Builder channel(MessageChannel channel) {
            this.channel = Objects.requireNonNull(channel, "channel == null");
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

        /**
         * The practice's crisis-resources reply. It must name a crisis line (988) or emergency
         * services (911); anything else is rejected, because it is the only automated answer a client
         * in distress may get.
         */
        public Builder crisisReply(String text) {
            Objects.requireNonNull(text, "text == null");
            Problems problems = Problems.of("crisis-resources reply");
            problems.requireText(text, "crisisReply");
            problems.require(text.contains("988") || text.contains("911"), "crisisReply", "must name 988 or 911");
            problems.throwIfAny();
            this.crisisReply = Optional.of(text);
            return this;
        }

        /** Sends no automated reply at all, not even crisis resources. */
        public Builder noCrisisReply() {
            this.crisisReply = Optional.empty();
            return this;
        }

        /** Where messages of one kind go; kinds without an inbox go to the staff inbox. */
        public Builder inbox(MessageIntent intent, MessageInbox inbox) {
            Objects.requireNonNull(intent, "intent == null");
            inboxes.put(intent, Objects.requireNonNull(inbox, "inbox == null"));
            return this;
        }

        /** The staff inbox: everything else, and the fallback when another inbox fails. */
        public Builder staffInbox(MessageInbox inbox) {
            this.staffInbox = Objects.requireNonNull(inbox, "inbox == null");
            return this;
        }

        /** When set, a message that is exactly STOP or START (and friends) updates these preferences. */
        public Builder preferences(ContactPreferences preferences) {
            this.preferences = Optional.of(Objects.requireNonNull(preferences, "preferences == null"));
            return this;
        }

        /**
         * Applies answers to the questions the engines asked (offers, reschedule options, confirmations)
         * after risk triage and before STOP/START keywords; without it every reply goes to its queue.
         */
        public Builder replies(ReplyHandler replies) {
            this.replies = Optional.of(Objects.requireNonNull(replies, "replies == null"));
            return this;
        }

        /** Hears escalations and routing; a listener that throws is logged and skipped. */
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
         * Builds the desk.
         *
         * @throws org.practicekit.core.ValidationException naming every missing part at once
         */
        public ClientMessageDesk build() {
            Problems p = Problems.of("message desk");
            p.require(escalation != null, "escalation", "is required");
            p.require(channel != null, "channel", "is required");
            p.require(audit != null, "audit", "is required");
            p.require(clock != null, "clock", "is required");
            p.throwIfAny();
            return new ClientMessageDesk(this);
        }
    }
}
