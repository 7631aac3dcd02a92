package org.practicekit.core.practice;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.practicekit.core.NonRetriableException;
import org.practicekit.core.Problems;
import org.practicekit.core.billing.BillingOffice;
import org.practicekit.core.billing.ClaimFiles;
import org.practicekit.core.eligibility.EligibilityWatch;
import org.practicekit.core.billing.CptSuggester;
import org.practicekit.core.billing.auth.AuthorizationEnforcement;
import org.practicekit.core.billing.auth.AuthorizationLedger;
import org.practicekit.core.event.PracticeListener;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.core.inmemory.InMemoryEhr;
import org.practicekit.core.inmemory.ManualEligibilityChecker;
import org.practicekit.core.inmemory.OutboxMessageChannel;
import org.practicekit.core.inmemory.StaffQueueEscalation;
import org.practicekit.core.intake.IntakePacket;
import org.practicekit.core.intake.IntakeWorkflow;
import org.practicekit.core.messaging.ClientMessageDesk;
import org.practicekit.core.messaging.MessageInbox;
import org.practicekit.core.messaging.MessageIntent;
import org.practicekit.core.messaging.RiskClassifier;
import org.practicekit.core.messaging.outreach.ClientFollowUps;
import org.practicekit.core.messaging.outreach.ClientOutreach;
import org.practicekit.core.messaging.outreach.ClientZones;
import org.practicekit.core.messaging.outreach.DeliveryPolicy;
import org.practicekit.core.messaging.outreach.MessageTemplates;
import org.practicekit.core.model.Clinician;
import org.practicekit.core.model.ClinicianId;
import org.practicekit.core.model.Money;
import org.practicekit.core.scheduling.AppointmentBook;
import org.practicekit.core.scheduling.AppointmentReminderPolicy;
import org.practicekit.core.scheduling.AppointmentReplies;
import org.practicekit.core.scheduling.AvailabilityRules;
import org.practicekit.core.scheduling.CancellationPolicy;
import org.practicekit.core.scheduling.IntakeFirstAppointments;
import org.practicekit.core.scheduling.SlotMatcher;
import org.practicekit.core.scheduling.Waitlist;
import org.practicekit.core.spi.AuditLog;
import org.practicekit.core.spi.EhrAdapter;
import org.practicekit.core.spi.EligibilityChecker;
import org.practicekit.core.spi.HumanEscalation;
import org.practicekit.core.spi.MessageChannel;
import org.practicekit.core.spi.WorkflowStore;
import org.practicekit.core.store.InMemoryWorkflowStore;

/**
 * One practice, wired once: built from the host's ports (clock, store, message channel, the people to
 * escalate to, audit log, EHR, eligibility, and any port a module outside core needs, such as an LLM
 * client), it hands out every engine already connected to them and to each other:
 * <ul>
 *   <li>every client message goes out through one {@link ClientOutreach} (quiet hours in the client's
 *       zone, opt-outs, retries, the minimum-necessary check), and every text names the practice;</li>
 *   <li>intake confirms first appointments in the {@link AppointmentBook}; the book writes every
 *       appointment to the EHR; the {@link Waitlist} refills freed time;</li>
 *   <li>the {@link ClientMessageDesk} triages every inbound message for risk first, then turns replies
 *       (YES, NO, C, X, an option number) into actions on the question the client holds;</li>
 *   <li>the {@link EligibilityWatch} re-checks the coverage of the clients it is given before their sessions
 *       and monthly, with the same eligibility checker intake uses;</li>
 *   <li>the {@link BillingOffice} turns signed sessions into claims, 837P files and posted remittances.</li>
 * </ul>
 * {@link #due(Instant)} carries out the due work of every engine and returns it as one typed list;
 * {@link #dueTasks()} gives the same work as one task per engine for a host that schedules them itself.
 * The engines stay usable alone, with their own builders.
 *
 * <p>Thread-safe; holds no threads or timers. Build it once at start-up and share it.
 */
public final class Practice {
    private final String name;
    private final ZoneId zone;
    private final Clock clock;
    private final WorkflowStore store;
    private final AuditLog audit;
    private final EhrAdapter ehr;
    private final HumanEscalation escalation;
    private final List<Clinician> clinicians;
    private final Map<Class<?>, Object> ports;
    private final ClientOutreach outreach;
    private final AppointmentBook appointments;
    private final SlotMatcher matcher;
    private final Waitlist waitlist;
    private final IntakeWorkflow intake;
    private final ClientMessageDesk messages;
    private final ClientFollowUps followUps;
    private final EligibilityWatch eligibilityWatch;
    private final Optional<BillingOffice> billing;
    private final CptSuggester cpt;
    private final List<DueTask> tasks;
    /** Engines of modules outside core, built on first use; guarded by itself. */
    private final Map<Class<?>, Object> extensions = new LinkedHashMap<>();

    private Practice(Builder b) {
        this.name = b.name;
        this.zone = b.zone;
        this.clock = b.clock;
        this.store = b.store;
        this.audit = b.audit;
        this.ehr = b.ehr;
        this.escalation = b.escalation;
        this.clinicians = List.copyOf(b.clinicians.keySet());
        this.ports = Map.copyOf(b.ports);
        ClientOutreach.Builder o = ClientOutreach.builder().channel(b.channel).store(store).clock(clock)
                .zones(ClientZones.fromEhr(ehr, zone)).escalation(escalation).audit(audit).policy(b.deliveryPolicy);
        b.listeners.forEach(o::addListener);
        this.outreach = o.build();
        this.matcher = b.matcher != null ? b.matcher : SlotMatcher.builder(clock).addClinicians(clinicians).build();
        AppointmentBook.Builder book = AppointmentBook.builder().store(store).clock(clock).channel(outreach)
                .escalation(escalation).audit(audit).practiceName(name).ehr(ehr).matcher(matcher)
                .cancellationPolicy(b.cancellationPolicy).reminderPolicy(b.reminderPolicy).rescheduleHold(b.rescheduleHold);
        b.clinicians.values().forEach(book::addRules);
        b.listeners.forEach(book::addListener);
        // One authorization ledger for booking and billing, so a unit counted at the claim is seen at the next booking.
        AuthorizationLedger authorizations = AuthorizationLedger.builder().clock(clock).audit(audit).store(store).build();
        if (b.claimFiles != null) {
            book.authorizationGate(authorizations, AuthorizationEnforcement.BLOCK);
        }
        this.appointments = book.build();
        this.waitlist = Waitlist.builder(appointments, matcher).offerHold(b.offerHold).build();
        IntakeWorkflow.Builder i = IntakeWorkflow.builder().store(store).channel(outreach).escalation(escalation).ehr(ehr)
                .eligibility(b.eligibility).audit(audit).clock(clock).zone(zone).packet(b.packet).practiceName(name)
                .portalUrl(b.portalUrl).linkSecret(b.intakeLinkSecret).firstAppointments(IntakeFirstAppointments.of(appointments, ehr))
                .riskClassifier(b.riskClassifier);
        b.listeners.forEach(i::addListener);
        this.intake = i.build();
        ClientMessageDesk.Builder d = ClientMessageDesk.builder().classifier(b.riskClassifier).escalation(escalation)
                .channel(outreach).audit(audit).clock(clock).preferences(outreach.preferences())
                .replies(AppointmentReplies.of(appointments, waitlist))
                .crisisReply(name + ": " + ClientMessageDesk.STANDARD_CRISIS_REPLY);
        b.inboxes.forEach(d::inbox);
        if (b.staffInbox != null) {
            d.staffInbox(b.staffInbox);
        }
        b.listeners.forEach(d::addListener);
        this.messages = d.build();
        this.followUps = ClientFollowUps.builder().store(store).channel(outreach).clock(clock).escalation(escalation)
                .preferences(outreach.preferences())
                .templates(MessageTemplates.builder().practiceName(name).practicePhone(b.phone).build()).build();
        this.eligibilityWatch = EligibilityWatch.builder().store(store).eligibility(b.eligibility).escalation(escalation)
                .audit(audit).clock(clock).zone(zone).build();
        this.billing = b.claimFiles == null ? Optional.empty() : Optional.of(BillingOffice.builder().clock(clock).audit(audit)
                .ehr(ehr).escalation(escalation).files(b.claimFiles).fees(b.fees)
                .addClinicians(clinicians).store(store).authorizations(authorizations).build());
        this.cpt = b.cpt;
        List<DueTask> t = new ArrayList<>();
        t.add(new DueTask("intake", now -> intake.due(now).stream().map(a -> (DueWork) new DueWork.IntakeStep(a)).toList()));
        t.add(new DueTask("scheduling", now -> {
            List<DueWork> out = new ArrayList<>();
            appointments.due(now).forEach(e -> out.add(new DueWork.SchedulingStep(e)));
            waitlist.due(now).forEach(e -> out.add(new DueWork.SchedulingStep(e)));
            return out;
        }));
        t.add(new DueTask("follow-ups", now -> followUps.due(now).stream().map(f -> (DueWork) new DueWork.FollowUp(f))
                .toList()));
        t.add(new DueTask("outreach", now -> outreach.due(now).stream().map(d2 -> (DueWork) new DueWork.Delivery(d2))
                .toList()));
        t.add(new DueTask("eligibility", now -> eligibilityWatch.due(now).stream()
                .map(a -> (DueWork) new DueWork.CoverageCheck(a)).toList()));
        billing.ifPresent(office -> t.add(new DueTask("billing", now -> {
            List<DueWork> out = new ArrayList<>();
            office.filingAlerts(now).forEach(a -> out.add(new DueWork.FilingDeadline(a)));
            office.authorizationAlerts(now).forEach(a -> out.add(new DueWork.AuthorizationRunningOut(a)));
            return out;
        })));
        this.tasks = List.copyOf(t);
    }

    /** A builder with nothing set: give it every port; {@link Builder#build()} names what is missing. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder with every port on its in-memory default (store, outbox channel, staff queue, audit log,
     * EHR, eligibility checks that go to staff): for demos and tests only, since nothing survives a
     * restart. Any port can still be replaced on the builder.
     */
    public static Builder inMemory(Clock clock) {
        Objects.requireNonNull(clock, "clock == null");
        return new Builder().clock(clock).store(new InMemoryWorkflowStore(clock)).channel(new OutboxMessageChannel(clock))
                .escalation(new StaffQueueEscalation()).audit(new InMemoryAuditLog()).ehr(new InMemoryEhr())
                .eligibility(new ManualEligibilityChecker(clock)).intakeLinkSecret(randomSecret());
    }

    /** A secret that lives as long as the in-memory store it protects: both are gone at exit. */
    private static byte[] randomSecret() {
        byte[] secret = new byte[32];
        new java.security.SecureRandom().nextBytes(secret);
        return secret;
    }

    /** The practice's name, as every text opens with it. */
    public String name() {
        return name;
    }

    /** The practice's own zone ("today" for intake, fallback zone for clients). */
    public ZoneId zone() {
        return zone;
    }

    public Clock clock() {
        return clock;
    }

    public WorkflowStore store() {
        return store;
    }

    public AuditLog audit() {
        return audit;
    }

    public EhrAdapter ehr() {
        return ehr;
    }

    /** The people PracticeKit hands work to. */
    public HumanEscalation escalation() {
        return escalation;
    }

    /** The clinicians with hours in the book, in the order they were added. */
    public List<Clinician> clinicians() {
        return clinicians;
    }

    /** The clinician with this id. */
    public Optional<Clinician> clinician(ClinicianId id) {
        return clinicians.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** A port given to the builder for a module outside core (an {@code LlmClient}, a {@code PhiGuard}). */
    public <T> Optional<T> port(Class<T> type) {
        return Optional.ofNullable(ports.get(type)).map(type::cast);
    }

    /** Every message to a client goes through this: the delivery policy in front of the host's channel. */
    public ClientOutreach outreach() {
        return outreach;
    }

    public IntakeWorkflow intake() {
        return intake;
    }

    public AppointmentBook appointments() {
        return appointments;
    }

    public SlotMatcher slotMatcher() {
        return matcher;
    }

    public Waitlist waitlist() {
        return waitlist;
    }

    /** The front desk for inbound client messages: risk first, then replies, keywords and routing. */
    public ClientMessageDesk messages() {
        return messages;
    }

    public ClientFollowUps followUps() {
        return followUps;
    }

    /**
     * Coverage over time: give it a client's coverage once intake is complete ({@code watch}) and their
     * booked sessions; {@link #due} re-checks before sessions and monthly and raises lapsed coverage, a
     * used-up visit limit or a new prior-authorization requirement to staff before the session.
     */
    public EligibilityWatch eligibilityWatch() {
        return eligibilityWatch;
    }

    /**
     * The billing office.
     *
     * @throws NonRetriableException when the builder was given no claim files and fees
     */
    public BillingOffice billing() {
        return billing.orElseThrow(() -> new NonRetriableException("billing is not set up: give Practice.builder()"
                + " billing(claimFiles, fees)", "practice", "billing", null));
    }

    public CptSuggester cptSuggester() {
        return cpt;
    }

    /**
     * An engine from a module outside core, built once per practice from it on first use (the note book:
     * {@code NoteBook.of(practice)} calls this). If it implements {@link DueSource}, {@link #due} includes it.
     */
    public <T> T engine(Class<T> type, Function<Practice, ? extends T> build) {
        Objects.requireNonNull(type, "type == null");
        Objects.requireNonNull(build, "build == null");
        synchronized (extensions) {
            Object e = extensions.get(type);
            if (e == null) {
                e = Objects.requireNonNull(build.apply(this), "engine == null");
                extensions.put(type, e);
            }
            return type.cast(e);
        }
    }

    /** One task per engine (core engines first, then extensions that have due work), for the host's scheduler. */
    public List<DueTask> dueTasks() {
        List<DueTask> out = new ArrayList<>(tasks);
        synchronized (extensions) {
            for (Object e : extensions.values()) {
                if (e instanceof DueSource source) {
                    out.add(new DueTask(e.getClass().getSimpleName(), now -> source.due(now).stream()
                            .map(w -> (DueWork) new DueWork.Extension(w)).toList()));
                }
            }
        }
        return out;
    }

    /**
     * Carries out the work every engine has due at {@code now} (reminders, expired offers passed on, held
     * messages sent, appointments and notes the EHR still needs, follow-ups) and returns it as one list,
     * with what needs a person (filing deadlines, authorizations running out) marked. Call it from the
     * host's scheduler, every minute or so, from any app instance: nothing is done twice. One engine's
     * failure does not stop the others; the first failure is thrown once all have run.
     */
    public List<DueWork> due(Instant now) {
        Objects.requireNonNull(now, "now == null");
        List<DueWork> out = new ArrayList<>();
        RuntimeException failure = null;
        for (DueTask task : dueTasks()) {
            try {
                out.addAll(task.run(now));
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
        return out;
    }

    @Override
    public String toString() {
        return "Practice[" + name + ", " + clinicians.size() + " clinicians, EHR " + ehr.system() + "]";
    }

    /**
     * Builds a {@link Practice}. Required: name, zone, phone (texts give it), portalUrl and
     * intakeLinkSecret (intake links), store, channel, escalation, audit, ehr, eligibility, and at least one clinician with hours;
     * {@link #build()} names every missing part at once. There is no silent in-memory default: use
     * {@link Practice#inMemory(Clock)} for demos and tests. Defaults: the system UTC clock,
     * {@link RiskClassifier#standard()} (the recommended classifier combines it with the embedding model
     * of practice-risk-embeddings), the standard intake packet and the engines' own policies.
     */
    public static final class Builder {
        private String name;
        private ZoneId zone;
        private String phone;
        private String portalUrl;
        private byte[] intakeLinkSecret;
        private Clock clock = Clock.systemUTC();
        private WorkflowStore store;
        private MessageChannel channel;
        private HumanEscalation escalation;
        private AuditLog audit;
        private EhrAdapter ehr;
        private EligibilityChecker eligibility;
        private RiskClassifier riskClassifier = RiskClassifier.standard();
        private final Map<Clinician, AvailabilityRules> clinicians = new LinkedHashMap<>();
        private SlotMatcher matcher;
        private IntakePacket packet = IntakePacket.standard();
        private CancellationPolicy cancellationPolicy = CancellationPolicy.defaults();
        private AppointmentReminderPolicy reminderPolicy = AppointmentReminderPolicy.defaults();
        private DeliveryPolicy deliveryPolicy = DeliveryPolicy.standard();
        private Duration offerHold = Duration.ofHours(2);
        private Duration rescheduleHold = Duration.ofHours(24);
        private final Map<MessageIntent, MessageInbox> inboxes = new EnumMap<>(MessageIntent.class);
        private MessageInbox staffInbox;
        private ClaimFiles claimFiles;
        private final Map<String, Money> fees = new HashMap<>();
        private CptSuggester cpt = CptSuggester.standard();
        private final List<PracticeListener> listeners = new ArrayList<>();
        private final Map<Class<?>, Object> ports = new HashMap<>();

        private Builder() {
        }

        /** The practice's name as clients know it; every text opens with it ("Main Street Counseling"). */
        public Builder name(String name) {
            this.name = Objects.requireNonNull(name, "name == null");
            return this;
        }

        /** The practice's zone. */
        public Builder zone(ZoneId zone) {
            this.zone = Objects.requireNonNull(zone, "zone == null");
            return this;
        }

        /** The number clients call, as texts show it ("(217) 555-0188"). */
        public Builder phone(String phone) {
            this.phone = Objects.requireNonNull(phone, "phone == null");
            return this;
        }

        /** The https URL intake link tokens are appended to. */
        public Builder portalUrl(String portalUrl) {
            this.portalUrl = Objects.requireNonNull(portalUrl, "portalUrl == null");
            return this;
        }

        /**
         * The secret intake link tokens are derived from: at least 32 random bytes kept outside the database,
         * the same on every instance (see {@code IntakeWorkflow.Builder.linkSecret}). Copied.
         */
        public Builder intakeLinkSecret(byte[] intakeLinkSecret) {
            this.intakeLinkSecret = Objects.requireNonNull(intakeLinkSecret, "intakeLinkSecret == null").clone();
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock == null");
            return this;
        }

        public Builder store(WorkflowStore store) {
            this.store = Objects.requireNonNull(store, "store == null");
            return this;
        }

        /** The host's gateway for texts and emails (idempotent on the message key); PracticeKit wraps it in its delivery policy. */
        public Builder channel(MessageChannel channel) {
            this.channel = Objects.requireNonNull(channel, "channel == null");
            return this;
        }

        /** Who is told, synchronously, when a person must act (risk first of all). */
        public Builder escalation(HumanEscalation escalation) {
            this.escalation = Objects.requireNonNull(escalation, "escalation == null");
            return this;
        }

        public Builder audit(AuditLog audit) {
            this.audit = Objects.requireNonNull(audit, "audit == null");
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

        /**
         * How client messages and narrative intake answers are triaged for risk. The recommended one is
         * {@code RiskClassifier.combined(RiskClassifier.standard(), EmbeddingRiskClassifier.load())}.
         */
        public Builder riskClassifier(RiskClassifier riskClassifier) {
            this.riskClassifier = Objects.requireNonNull(riskClassifier, "riskClassifier == null");
            return this;
        }

        /** A clinician and their weekly hours. */
        public Builder addClinician(Clinician clinician, AvailabilityRules hours) {
            Objects.requireNonNull(clinician, "clinician == null");
            Objects.requireNonNull(hours, "hours == null");
            clinicians.put(clinician, hours);
            return this;
        }

        /** The matcher offers and reschedules rank with; default: one over every clinician on this clock. */
        public Builder slotMatcher(SlotMatcher matcher) {
            this.matcher = Objects.requireNonNull(matcher, "matcher == null");
            return this;
        }

        public Builder intakePacket(IntakePacket packet) {
            this.packet = Objects.requireNonNull(packet, "packet == null");
            return this;
        }

        public Builder cancellationPolicy(CancellationPolicy policy) {
            this.cancellationPolicy = Objects.requireNonNull(policy, "policy == null");
            return this;
        }

        public Builder reminderPolicy(AppointmentReminderPolicy policy) {
            this.reminderPolicy = Objects.requireNonNull(policy, "policy == null");
            return this;
        }

        public Builder deliveryPolicy(DeliveryPolicy policy) {
            this.deliveryPolicy = Objects.requireNonNull(policy, "policy == null");
            return this;
        }

        /** How long a waitlist client has to answer an offer (default 2 hours). */
        public Builder offerHold(Duration hold) {
            this.offerHold = Objects.requireNonNull(hold, "hold == null");
            return this;
        }

        /** How long reschedule options stay held (default 24 hours). */
        public Builder rescheduleHold(Duration hold) {
            this.rescheduleHold = Objects.requireNonNull(hold, "hold == null");
            return this;
        }

        /** Where routed messages of one kind go; without one they go to the staff inbox. */
        public Builder inbox(MessageIntent intent, MessageInbox inbox) {
            inboxes.put(Objects.requireNonNull(intent, "intent == null"), Objects.requireNonNull(inbox, "inbox == null"));
            return this;
        }

        public Builder staffInbox(MessageInbox inbox) {
            this.staffInbox = Objects.requireNonNull(inbox, "inbox == null");
            return this;
        }

        /**
         * Sets up billing: how claims leave and remittances come back ({@code new X12ClaimFiles(parties,
         * provider)} from practice-x12: who bills, who sends and receives the 837P), and the fee per unit of
         * each code.
         */
        public Builder billing(ClaimFiles claimFiles, Map<String, Money> feePerUnit) {
            this.claimFiles = Objects.requireNonNull(claimFiles, "claimFiles == null");
            this.fees.putAll(Objects.requireNonNull(feePerUnit, "feePerUnit == null"));
            return this;
        }

        public Builder cptSuggester(CptSuggester cpt) {
            this.cpt = Objects.requireNonNull(cpt, "cpt == null");
            return this;
        }

        /** Hears every engine's events; a listener that throws is logged and skipped. */
        public Builder addListener(PracticeListener listener) {
            listeners.add(Objects.requireNonNull(listener, "listener == null"));
            return this;
        }

        /** A port for a module outside core, found again with {@link Practice#port(Class)} (an LLM client, a PHI guard). */
        public <T> Builder port(Class<T> type, T port) {
            ports.put(Objects.requireNonNull(type, "type == null"), type.cast(Objects.requireNonNull(port, "port == null")));
            return this;
        }

        /**
         * Builds the practice and every engine in it.
         *
         * @throws org.practicekit.core.ValidationException naming every missing or invalid part at once
         */
        public Practice build() {
            Problems p = Problems.of("practice");
            p.requireText(name, "name");
            p.require(zone != null, "zone", "is required");
            p.requireText(phone, "phone");
            if (p.requireText(portalUrl, "portalUrl")) {
                p.require(portalUrl.startsWith("https://"), "portalUrl", "must be an https URL");
            }
            if (p.require(intakeLinkSecret != null, "intakeLinkSecret", "is required (at least 32 random bytes kept"
                    + " outside the database)")) {
                p.require(intakeLinkSecret.length >= 32, "intakeLinkSecret", "must be at least 32 bytes");
            }
            p.require(store != null, "store", "is required");
            p.require(channel != null, "channel", "is required");
            p.require(escalation != null, "escalation", "is required");
            p.require(audit != null, "audit", "is required (an InMemoryAuditLog only through Practice.inMemory)");
            p.require(ehr != null, "ehr", "is required");
            p.require(eligibility != null, "eligibility", "is required");
            p.require(!clinicians.isEmpty(), "clinicians", "at least one clinician with hours is required");
            for (Map.Entry<Clinician, AvailabilityRules> c : clinicians.entrySet()) {
                p.require(c.getKey().id().equals(c.getValue().clinicianId()), "clinicians[" + c.getKey().id().value() + "]",
                        "the hours belong to another clinician");
            }
            if (claimFiles != null) {
                p.require(!fees.isEmpty(), "billing.fees", "a fee schedule is required to bill");
            }
            p.throwIfAny();
            return new Practice(this);
        }
    }
}
