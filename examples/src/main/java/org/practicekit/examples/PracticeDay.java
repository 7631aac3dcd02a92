package org.practicekit.examples;

import java.io.PrintStream;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import org.practicekit.core.practice.DueWork;
import org.practicekit.core.spi.OutboundMessage;
import org.practicekit.fhir.FhirEhrAdapter;
import org.practicekit.fhir.FhirIdentifierSystems;
import org.practicekit.fhir.testserver.EmbeddedFhirServer;
import org.practicekit.testing.TestClock;

/**
 * Walks one practice day on embedded defaults (in-memory everything, no network) and prints what
 * PracticeKit does, step by step, in words a practice owner reads. Run it with
 * {@code mvn -q -pl examples -am exec:java} (see the README). With {@code --fhir} (exec.args) the EHR is a
 * real HAPI FHIR server started in-process on 127.0.0.1, and the day ends with the ids of what it wrote there.
 */
public final class PracticeDay {
    /** One part of the day. Chapters run in order on the same practice and clock. */
    interface Chapter {
        String title();

        void run(DemoPractice practice);
    }

    /** The demo's Monday morning: the day always starts here, so it prints the same every time. */
    private static final ZonedDateTime MORNING = ZonedDateTime.of(2026, 11, 30, 8, 30, 0, 0, DemoPractice.ZONE);

    private PracticeDay() {
    }

    /** Held so the JUL logger keeps its level (JUL keeps loggers only weakly). */
    private static final java.util.logging.Logger X12_LOG = java.util.logging.Logger.getLogger("io.xlate");

    public static void main(String[] args) {
        // The X12 library reports schema details at INFO through java.util.logging; not for a practice owner.
        X12_LOG.setLevel(java.util.logging.Level.WARNING);
        boolean fhir = List.of(args).contains("--fhir");
        if (fhir && System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn"); // the FHIR server is chatty
        }
        run(System.out, fhir);
    }

    /** Runs the whole day on embedded defaults, printing to {@code out}. */
    public static void run(PrintStream out) {
        run(out, false);
    }

    /**
     * Runs the whole day, printing to {@code out}; with {@code fhir}, the EHR is an embedded HAPI FHIR
     * server and the day ends by listing the ids of the FHIR resources it wrote.
     */
    public static void run(PrintStream out, boolean fhir) {
        if (!fhir) {
            TestClock clock = TestClock.at(MORNING.toInstant());
            DayLog log = new DayLog(out, clock, DemoPractice.ZONE);
            try (DemoPractice demo = DemoPractice.embedded(clock, log)) {
                day(out, clock, log, demo);
            }
            return;
        }
        out.println("Starting an embedded HAPI FHIR server on 127.0.0.1 (about half a minute)...");
        try (EmbeddedFhirServer server = EmbeddedFhirServer.start()) {
            runOn(out, server);
        }
    }

    /**
     * Runs the whole day against a FHIR server that is already running, printing to {@code out}, and
     * returns the ids of the resources the day wrote there ("Patient/1001"), in the order first written.
     */
    public static List<String> runOn(PrintStream out, EmbeddedFhirServer server) {
        TestClock clock = TestClock.at(MORNING.toInstant());
        DayLog log = new DayLog(out, clock, DemoPractice.ZONE);
        EhrWriteLog ehr = new EhrWriteLog(FhirEhrAdapter.builder().baseUrl(server.baseUrl())
                .identifierSystems(FhirIdentifierSystems.under("https://main-st-therapy.example/fhir/id")).build());
        try (DemoPractice demo = new DemoPractice(clock, ehr, log)) {
            day(out, clock, log, demo);
        }
        log.step("The FHIR server at " + server.baseUrl() + " holds the " + ehr.written().size()
                + " resources the day wrote:");
        ehr.written().forEach(log::detail);
        return ehr.written();
    }

    private static void day(PrintStream out, TestClock clock, DayLog log, DemoPractice demo) {
        out.println("PracticeKit practice day: " + demo.office.name() + ", " + MORNING.toLocalDate());
        out.println(demo.ehr.system().startsWith("fhir:")
                ? "EHR: a FHIR R4 server (" + demo.ehr.system() + "); everything else on embedded defaults."
                : "Embedded defaults: in-memory EHR, outbox messages, staff queue; eligibility over X12 270/271 to a"
                        + " clearinghouse stand-in on 127.0.0.1.");
        out.println("PracticeKit drafts, suggests, reminds and routes. A person reviews, signs and decides.");

        for (Chapter chapter : chapters()) {
            log.chapter(chapter.title());
            chapter.run(demo);
            clock.advance(Duration.ofMinutes(15));
        }
        log.chapter("End of day");
        clock.advance(Duration.ofHours(5));
        List<DueWork> due = demo.practice.due(clock.instant());
        log.step("The host's scheduler calls practice.due(now) every few minutes; this evening's call: " + due.size()
                + (due.size() == 1 ? " item" : " items") + " from the engines, " + due.stream()
                        .filter(DueWork::needsPerson).count() + " of them for a person:");
        due.forEach(w -> log.detail(w.engine() + ": " + w.summary()));
        log.chapter("The owner's summary");
        OwnerSummary.of(demo.audit.all(), due, clock.instant()).lines(DemoPractice.ZONE).forEach(out::println);
    }

    /** The last message the practice sent for {@code purpose}, as the client read it. */
    static OutboundMessage last(DemoPractice p, String purpose) {
        List<OutboundMessage> sent = p.outbox.messages().stream().filter(m -> m.purpose().equals(purpose)).toList();
        return sent.get(sent.size() - 1);
    }

    private static List<Chapter> chapters() {
        return List.of(new OpeningChapter(), new EhrChapter(), new SchedulingChapter(), new IntakeChapter(),
                new NotesChapter(), new MessagingChapter(), new BillingChapter(), new PhiGuardChapter());
    }
}
