package org.practicekit.examples;

import java.io.PrintStream;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
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

        void run(Practice practice);
    }

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
        ZonedDateTime morning = ZonedDateTime.of(2026, 11, 30, 7, 30, 0, 0, Practice.ZONE);
        TestClock clock = TestClock.at(morning.toInstant());
        DayLog log = new DayLog(out, clock, Practice.ZONE);
        if (!fhir) {
            try (Practice practice = Practice.embedded(clock, log)) {
                day(out, morning, clock, log, practice);
            }
            return;
        }
        out.println("Starting an embedded HAPI FHIR server on 127.0.0.1 (about half a minute)...");
        try (EmbeddedFhirServer server = EmbeddedFhirServer.start()) {
            EhrWriteLog ehr = new EhrWriteLog(FhirEhrAdapter.builder().baseUrl(server.baseUrl())
                    .identifierSystems(FhirIdentifierSystems.under("https://main-st-therapy.example/fhir/id")).build());
            try (Practice practice = new Practice(clock, ehr, log)) {
                day(out, morning, clock, log, practice);
            }
            log.step("The FHIR server at " + server.baseUrl() + " holds the " + ehr.written().size()
                    + " resources the day wrote:");
            ehr.written().forEach(log::detail);
        }
    }

    private static void day(PrintStream out, ZonedDateTime morning, TestClock clock, DayLog log, Practice practice) {
        out.println("PracticeKit practice day: " + practice.office.name() + ", " + morning.toLocalDate());
        out.println(practice.ehr.system().startsWith("fhir:")
                ? "EHR: a FHIR R4 server (" + practice.ehr.system() + "); everything else on embedded defaults."
                : "Embedded defaults: in-memory EHR, outbox messages, staff queue; eligibility over X12 270/271 to a"
                        + " clearinghouse stand-in on 127.0.0.1.");
        out.println("PracticeKit drafts, suggests, reminds and routes. A person reviews, signs and decides.");

        for (Chapter chapter : chapters()) {
            log.chapter(chapter.title());
            chapter.run(practice);
            clock.advance(Duration.ofMinutes(15));
        }
        log.chapter("End of day");
        log.step("Messages in the outbox: " + practice.outbox.messages().size()
                + "; escalations waiting for staff: " + practice.staff.pending().size()
                + "; audit events: " + practice.audit.all().size() + ".");
    }

    private static List<Chapter> chapters() {
        return List.of(new OpeningChapter(), new SchedulingChapter(), new IntakeChapter(), new NotesChapter(), new MessagingChapter(), new BillingChapter(), new PhiGuardChapter(), new EhrChapter());
    }
}
