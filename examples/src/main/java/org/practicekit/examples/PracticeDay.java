package org.practicekit.examples;

import java.io.PrintStream;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import org.practicekit.testing.TestClock;

/**
 * Walks one practice day on embedded defaults (in-memory everything, no network) and prints what
 * PracticeKit does, step by step, in words a practice owner reads. Run it with
 * {@code mvn -q -pl examples -am exec:java} (see the README).
 */
public final class PracticeDay {
    /** One part of the day. Chapters run in order on the same practice and clock. */
    interface Chapter {
        String title();

        void run(Practice practice);
    }

    private PracticeDay() {
    }

    public static void main(String[] args) {
        run(System.out);
    }

    /** Runs the whole day, printing to {@code out}. */
    public static void run(PrintStream out) {
        ZonedDateTime morning = ZonedDateTime.of(2026, 11, 30, 7, 30, 0, 0, Practice.ZONE);
        TestClock clock = TestClock.at(morning.toInstant());
        DayLog log = new DayLog(out, clock, Practice.ZONE);
        Practice practice = Practice.embedded(clock, log);

        out.println("PracticeKit practice day: " + practice.office.name() + ", " + morning.toLocalDate());
        out.println("Embedded defaults: in-memory EHR, outbox messages, staff queue, no network.");
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
        return List.of(new OpeningChapter(), new SchedulingChapter(), new IntakeChapter(), new NotesChapter(), new MessagingChapter(), new BillingChapter(), new PhiGuardChapter());
    }
}
