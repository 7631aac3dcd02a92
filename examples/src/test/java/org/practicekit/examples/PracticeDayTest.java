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
        assertThat(out).contains("Progress note: prompt, draft, verify, sign", "offline drafter wrote this SOAP draft",
                "I used cognitive restructuring", "Verifier: all", "CPT suggestion attached", "90837",
                "Signed by Dana Whitfield, LCSW; SHA-256", "sent to the EHR: yes", "A change after signing is refused",
                "hash still verifies (true)", "signed addendum linked to the note");
    }
}
