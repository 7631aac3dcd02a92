package org.practicekit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PracticeDayTest {

    @Test
    void theDayRunsToTheEndAndSaysWhatHappened() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PracticeDay.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("PracticeKit practice day", "Opening the practice", "Dana Whitfield, LCSW", "End of day");
    }

    @Test
    void schedulingRefillsACancellationFromTheWaitlistAndOffersThreeTimesForAReschedule() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PracticeDay.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("Scheduling and the waitlist", "Jordan cancels", "offered to the best match",
                "replies NO", "replies YES: booked", "Sam asks to move", "1) ", "2) ", "3) ", "Sam picks option 2",
                "not put on the waitlist", "with elevated priority");
        assertThat(out).containsPattern("held and offered to the best match on the waitlist, (Priya|Ava)");
        assertThat(out.substring(out.indexOf("Sam asks to move"))).contains("MST");
    }
}
