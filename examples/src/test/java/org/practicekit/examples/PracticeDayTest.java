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
    void theIntakeReachesTheEhrOnceAndReadsBack() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PracticeDay.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("Structured data into the EHR",
                "Riley Chen's completed intake went to the EHR in one write",
                "nothing was duplicated",
                "Riley confirmed",
                "filed in the EHR as a final progress note",
                "Read back from the EHR: Riley Chen, insurance Aetna, 1 appointment(s) on tomorrow's book.");
        assertThat(out).doesNotContain("should never happen");
    }
}
