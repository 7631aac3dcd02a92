package org.practicekit.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import okhttp3.mockwebserver.MockWebServer;
import org.practicekit.x12.InterchangeParties;
import org.practicekit.core.eligibility.EligibilityWatch;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.core.inmemory.InMemoryEhr;
import org.practicekit.core.inmemory.OutboxMessageChannel;
import org.practicekit.core.inmemory.StaffQueueEscalation;
import org.practicekit.core.messaging.RiskClassifier;
import org.practicekit.core.model.Address;
import org.practicekit.core.model.Clinician;
import org.practicekit.core.model.Location;
import org.practicekit.core.model.LocationId;
import org.practicekit.core.scheduling.AppointmentBook;
import org.practicekit.core.scheduling.AvailabilityRules;
import org.practicekit.core.scheduling.SlotMatcher;
import org.practicekit.core.scheduling.WeeklyBlock;
import org.practicekit.core.spi.EhrAdapter;
import org.practicekit.core.spi.WorkflowStore;
import org.practicekit.core.store.InMemoryWorkflowStore;
import org.practicekit.risk.embeddings.EmbeddingRiskClassifier;
import org.practicekit.testing.TestClock;
import org.practicekit.testing.eligibility.RecordedClearinghouse;
import org.practicekit.x12.eligibility.ClearinghouseEligibilityChecker;
import org.practicekit.x12.eligibility.HttpsX12Transport;
import org.practicekit.x12.eligibility.InquiringProvider;

/**
 * The demo practice: two clinicians, one office, and every port on its embedded default except
 * eligibility, which runs the real X12 270/271 path against a clearinghouse stand-in on loopback that
 * answers with recorded 271 shapes. Time is a clock the day moves forward, so the demo runs in a second
 * and prints the same day every time. Close it to stop the stand-in.
 */
public final class Practice implements AutoCloseable {
    public static final ZoneId ZONE = ZoneId.of("America/New_York");

    public final TestClock clock;
    public final WorkflowStore store;
    public final InMemoryAuditLog audit = new InMemoryAuditLog();
    public final OutboxMessageChannel outbox;
    public final StaffQueueEscalation staff = new StaffQueueEscalation();
    /** Who the practice is to its clearinghouse (ISA/GS ids), for 270s and 837Ps alike. */
    public final InterchangeParties clearinghouseParties = new InterchangeParties("MAINSTCOUNSEL", "CLEARHOUSE01",
            "Main Street Counseling LLC", "MSC0042", "Billing Office", "2175550188", "Prairie Clearinghouse", false);
    /** The clearinghouse stand-in: a MockWebServer on 127.0.0.1 answering 270s with recorded 271 shapes. */
    public final RecordedClearinghouse clearinghouse = new RecordedClearinghouse();
    private final MockWebServer clearinghouseServer = new MockWebServer();
    /** Real-time eligibility: 270 out, 271 back, over HTTP to the stand-in. */
    public final ClearinghouseEligibilityChecker eligibility;
    /** Re-checks coverage before sessions and monthly. */
    public final EligibilityWatch eligibilityWatch;
    public final EhrAdapter ehr;
    public final Location office;
    public final Clinician whitfield;
    public final Clinician okafor;
    public final DayLog log;
    public final SlotMatcher matcher;
    public final AppointmentBook book;
    /**
     * The recommended crisis triage: the offline rules and lexical model plus the semantic layer on a
     * local embedding model. Loaded once (a second or two) and shared by every chapter.
     */
    public final RiskClassifier triage = RiskClassifier.combined(RiskClassifier.standard(), EmbeddingRiskClassifier.load());

    public Practice(TestClock clock, EhrAdapter ehr, DayLog log) {
        this.clock = Objects.requireNonNull(clock, "clock == null");
        this.ehr = Objects.requireNonNull(ehr, "ehr == null");
        this.log = Objects.requireNonNull(log, "log == null");
        this.store = new InMemoryWorkflowStore(clock);
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
        this.eligibilityWatch = EligibilityWatch.builder().store(store).eligibility(eligibility).escalation(staff)
                .audit(audit).clock(clock).zone(ZONE).build();
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
        this.matcher = SlotMatcher.builder(clock).addClinician(whitfield).addClinician(okafor)
                .agesServed(okafor.id(), 12, 99).build();
        this.book = AppointmentBook.builder().store(store).clock(clock).messages(outbox).escalation(staff)
                .addRules(whitfieldHours).addRules(okaforHours).matcher(matcher).rescheduleHold(Duration.ofHours(24))
                .build();
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
    public static Practice embedded(TestClock clock, DayLog log) {
        return new Practice(clock, new InMemoryEhr(), log);
    }
}
