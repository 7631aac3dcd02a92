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
    void aRescheduleRequestIsRoutedAndACrisisMessageReachesAPerson() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PracticeDay.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("Client messages", "Routed to the scheduling queue for the front desk",
                "Read as a figure of speech, not a risk", "Escalated to a person at once, before anything else: urgency IMMEDIATE",
                "crisis-resources message (988, 911)", "opted out of SMS = true", "Scheduling queue: 2 requests");
        // The worrying message itself is never printed.
        assertThat(out).doesNotContain("better off without me\"").doesNotContain("Everyone would be better off");
    }
}
