package org.practicekit.examples;

import java.io.PrintStream;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/** Prints the practice day for a practice owner: a time stamp in the practice's zone and one plain sentence. */
public final class DayLog {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("EEE MMM d, h:mm a");

    private final PrintStream out;
    private final Clock clock;
    private final ZoneId zone;

    public DayLog(PrintStream out, Clock clock, ZoneId zone) {
        this.out = Objects.requireNonNull(out, "out == null");
        this.clock = Objects.requireNonNull(clock, "clock == null");
        this.zone = Objects.requireNonNull(zone, "zone == null");
    }

    /** A chapter heading. */
    public void chapter(String title) {
        out.println();
        out.println("== " + title + " " + "=".repeat(Math.max(3, 70 - title.length())));
    }

    /** One step, stamped with the practice's local time. */
    public void step(String text) {
        out.println("[" + TIME.format(clock.instant().atZone(zone)) + "] " + text);
    }

    /** A detail line under the previous step. */
    public void detail(String text) {
        out.println("      " + text);
    }
}
