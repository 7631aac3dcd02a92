package org.practicekit.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import okhttp3.mockwebserver.MockWebServer;
import org.practicekit.core.billing.claim.BillingProvider;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.core.inmemory.InMemoryEhr;
import org.practicekit.core.inmemory.OutboxMessageChannel;
import org.practicekit.core.inmemory.StaffQueueEscalation;
import org.practicekit.core.intake.IntakePacket;
import org.practicekit.core.intake.IntakeReminderPolicy;
import org.practicekit.core.messaging.InMemoryInbox;
import org.practicekit.core.messaging.MessageIntent;
import org.practicekit.core.messaging.RiskClassifier;
import org.practicekit.core.model.Address;
import org.practicekit.core.model.Clinician;
import org.practicekit.core.model.Location;
import org.practicekit.core.model.LocationId;
import org.practicekit.core.model.Money;
import org.practicekit.core.practice.Practice;
import org.practicekit.core.scheduling.AvailabilityRules;
import org.practicekit.core.scheduling.SlotMatcher;
import org.practicekit.core.scheduling.WeeklyBlock;
import org.practicekit.core.spi.EhrAdapter;
import org.practicekit.core.store.InMemoryWorkflowStore;
import org.practicekit.llm.phi.PhiGuard;
import org.practicekit.risk.embeddings.EmbeddingRiskClassifier;
import org.practicekit.testing.TestClock;
import org.practicekit.testing.eligibility.RecordedClearinghouse;
import org.practicekit.testing.llm.ScriptedLlmClient;
import org.practicekit.x12.InterchangeParties;
import org.practicekit.x12.X12ClaimFiles;
import org.practicekit.x12.eligibility.ClearinghouseEligibilityChecker;
import org.practicekit.x12.eligibility.HttpsX12Transport;
import org.practicekit.x12.eligibility.InquiringProvider;

/**
 * The demo practice: two clinicians, one office, every port on an embedded default the demo can look
 * into (the outbox, the staff queue, the audit log), and one {@link Practice} built from them, through
 * which every chapter works. Eligibility runs the real X12 270/271 path against a clearinghouse
 * stand-in on loopback that answers with recorded 271 shapes, and claims go out as an X12 837P to the
 * same clearinghouse. Time is a clock the day moves forward, so the demo runs in seconds and prints the
 * same day every time. Close it to stop the stand-in.
 */
public final class DemoPractice implements AutoCloseable {
    public static final ZoneId ZONE = ZoneId.of("America/New_York");
    public static final String NAME = "Main Street Counseling";
    public static final Map<String, Money> FEES = Map.of("90837", Money.usd("180.00"), "90834", Money.usd("140.00"),
            "90832", Money.usd("95.00"), "90785", Money.usd("30.00"), "90847", Money.usd("150.00"),
            "90839", Money.usd("210.00"), "90840", Money.usd("105.00"), "90791", Money.usd("200.00"));

    public final TestClock clock;
    public final InMemoryAuditLog audit = new InMemoryAuditLog();
    /** The "SMS gateway": keeps what PracticeKit sent, for the demo to show. */
    public final OutboxMessageChannel outbox;
    public final StaffQueueEscalation staff = new StaffQueueEscalation();
    public final InMemoryInbox schedulingQueue = new InMemoryInbox();
    public final EhrAdapter ehr;
    public final Location office;
    public final Clinician whitfield;
    public final Clinician okafor;
    public final DayLog log;
    /** A cloud model without a BAA, scripted, for the AI summary chapter. */
    public final ScriptedLlmClient cloudModel = ScriptedLlmClient.builder().endpoint("cloud-llm", false).model("demo-model")
            .thenAnswer(r -> "Summary: " + r.messages().get(r.messages().size() - 1).text()
                    .replace(" reported that", " said")).build();
    /** Who the practice is to its clearinghouse (ISA/GS ids), for 270s and 837Ps alike. */
    public final InterchangeParties clearinghouseParties = new InterchangeParties("MAINSTCOUNSEL", "CLEARHOUSE01",
            "Main Street Counseling LLC", "MSC0042", "Billing Office", "2175550188", "Prairie Clearinghouse", false);
    /** The clearinghouse stand-in: a MockWebServer on 127.0.0.1 answering 270s with recorded 271 shapes. */
    public final RecordedClearinghouse clearinghouse = new RecordedClearinghouse();
    private final MockWebServer clearinghouseServer = new MockWebServer();
    /** Real-time eligibility: 270 out, 271 back, over HTTP to the stand-in. */
    public final ClearinghouseEligibilityChecker eligibility;
    /** The one way in: every chapter reaches the engines through it. */
    public final Practice practice;

    public DemoPractice(TestClock clock, EhrAdapter ehr, DayLog log) {
        this.clock = Objects.requireNonNull(clock, "clock == null");
        this.ehr = Objects.requireNonNull(ehr, "ehr == null");
        this.log = Objects.requireNonNull(log, "log == null");
        this.outbox = new OutboxMessageChannel(clock);
        this.clearinghouseServer.setDispatcher(clearinghouse);
        try {
            clearinghouseServer.start(InetAddress.getLoopbackAddress(), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("the clearinghouse stand-in could not start on loopback", e);
        }
        this.eligibility = ClearinghouseEligibilityChecker.builder()
                .transport(HttpsX12Transport.builder().endpoint(clearinghouseServer.url("/x12/realtime").uri()).build())
                .parties(clearinghouseParties).provider(new InquiringProvider("Main Street Counseling LLC", "1588667638",
                        "371234567")).clock(clock).build();
        this.office = new Location(LocationId.of("main-st"), "Main Street office",
                new Address(List.of("120 Main Street, Suite 4"), "Springfield", "IL", "62701", "US"), ZONE);
        this.whitfield = Clinician.builder().id("dr-whitfield").name("Dana", "Whitfield").credentials("LCSW")
                .npi("1234567893").zone(ZONE).addPayerPanel("60054").addPayerPanel("87726").addSpecialty("anxiety")
                .addSpecialty("trauma").build();
        this.okafor = Clinician.builder().id("dr-okafor").name("Emeka", "Okafor").credentials("PhD, LP")
                .npi("1245319599").zone(ZONE).addPayerPanel("87726").addPayerPanel("MEDICAID-IL")
                .addSpecialty("adolescents").addSpecialty("couples").build();
        AvailabilityRules whitfieldHours = AvailabilityRules.builder(whitfield.id(), whitfield.zone())
                .addBlock(WeeklyBlock.inPerson(DayOfWeek.MONDAY, "09:00", "17:00", office.id()))
                .telehealth("09:00", "17:00", DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY)
                .addBlock(WeeklyBlock.telehealth(DayOfWeek.FRIDAY, "09:00", "13:00").forNewClients())
                .maxPerDay(7).build();
        AvailabilityRules okaforHours = AvailabilityRules.builder(okafor.id(), okafor.zone())
                .telehealth("12:00", "20:00", DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY).build();
        // The recommended crisis triage: the offline rules and lexical model plus the semantic layer on a
        // local embedding model (loaded once, a second or two).
        RiskClassifier triage = RiskClassifier.combined(RiskClassifier.standard(), EmbeddingRiskClassifier.load());
        // This practice reminds after 2 hours and again after a day (the shipped policy: 24 h and 72 h).
        IntakePacket packet = IntakePacket.standard().toBuilder().reminders(new IntakeReminderPolicy(
                List.of(Duration.ofHours(2), Duration.ofHours(24)), Duration.ofDays(5), Duration.ofHours(48))).build();
        this.practice = Practice.builder().name(NAME).zone(ZONE).phone("(217) 555-0188")
                .portalUrl("https://portal.mainstreet.example/i/").intakeLinkSecret(linkSecret()).clock(clock)
                .store(new InMemoryWorkflowStore(clock)).channel(outbox).escalation(staff).audit(audit).ehr(ehr)
                .eligibility(eligibility).riskClassifier(triage).intakePacket(packet)
                .addClinician(whitfield, whitfieldHours).addClinician(okafor, okaforHours)
                .slotMatcher(SlotMatcher.builder(clock).addClinician(whitfield).addClinician(okafor)
                        .agesServed(okafor.id(), 12, 99).build())
                .offerHold(Duration.ofHours(2)).inbox(MessageIntent.SCHEDULING, schedulingQueue)
                .billing(new X12ClaimFiles(clearinghouseParties, new BillingProvider("Main Street Counseling LLC",
                        "1588667638", "371234567", "101YP2500X", office.address())), FEES)
                .port(ScriptedLlmClient.class, cloudModel)
                .port(PhiGuard.class, PhiGuard.builder().audit(audit).clock(clock).actor(whitfield.id().value()).build())
                .build();
    }

    /**
     * The demo's intake link secret: random for each run, like its in-memory store. A practice keeps one
     * secret in its secrets manager and gives every instance the same.
     */
    private static byte[] linkSecret() {
        byte[] secret = new byte[32];
        new java.security.SecureRandom().nextBytes(secret);
        return secret;
    }

    /** Stops the clearinghouse stand-in. */
    @Override
    public void close() {
        try {
            clearinghouseServer.shutdown();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A practice on in-memory defaults. */
    public static DemoPractice embedded(TestClock clock, DayLog log) {
        return new DemoPractice(clock, new InMemoryEhr(), log);
    }
}
