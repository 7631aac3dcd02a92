package org.practicekit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code PracticeDay --fhir}: the same day against a real, embedded HAPI FHIR server. */
class PracticeDayFhirTest {

    @Test
    void theDayWritesToAFhirServerAndListsTheResourceIds() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PracticeDay.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), true);
        String out = bytes.toString(StandardCharsets.UTF_8);

        assertThat(out).contains("EHR: a FHIR R4 server (fhir:http://127.0.0.1:",
                "Read back from the EHR: Riley Chen, insurance Aetna, 1 appointment(s) on tomorrow's book.",
                "nothing was duplicated");
        Matcher held = Pattern.compile("holds the (\\d+) resources the day wrote").matcher(out);
        assertThat(held.find()).isTrue();
        // Intake chapter: Patient, payer Organization, Coverage, 5 Consents, QuestionnaireResponse, 3 Observations;
        // notes chapter: the signed note and its addendum; EHR chapter: Patient, Coverage (same payer), 2 Consents,
        // QuestionnaireResponse, 3 Observations, Appointment, note.
        assertThat(Integer.parseInt(held.group(1))).isEqualTo(24);
        for (String type : new String[] {"Patient", "Coverage", "Consent", "QuestionnaireResponse", "Observation",
            "Appointment", "DocumentReference"}) {
            assertThat(out).containsPattern("\\n\\s+" + type + "/\\d+\\n");
        }
    }
}
