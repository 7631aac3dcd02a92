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
}
