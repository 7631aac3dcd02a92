package org.practicekit.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ca.uhn.fhir.validation.FhirValidator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.practicekit.fhir.testserver.EmbeddedFhirServer;
import org.practicekit.fhir.testserver.ProfileValidator;

/** {@code PracticeDay --fhir}: the same day against a real, embedded HAPI FHIR server, and what it wrote there. */
class PracticeDayFhirTest {
    private static EmbeddedFhirServer server;
    private static String out;
    private static List<String> written;

    @BeforeAll
    static void runTheDayOnAFhirServer() {
        server = EmbeddedFhirServer.start();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        written = PracticeDay.runOn(new PrintStream(bytes, true, StandardCharsets.UTF_8), server);
        out = bytes.toString(StandardCharsets.UTF_8);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theDayWritesToAFhirServerAndListsTheResourceIds() {
        assertThat(out).contains("EHR: a FHIR R4 server (fhir:http://127.0.0.1:",
                "Read back from the EHR: Riley Chen (goes by Rye, they/them), insurance Aetna, 1 appointment(s) on"
                        + " tomorrow's book.", "nothing was duplicated", "The owner's summary");
        assertThat(out).doesNotContain("The EHR refused");
        // The new client is read back right after the intake wrote them, and the first appointment follows.
        assertThat(out).contains("The EHR now holds the client with coverage.", "First appointment confirmed");
        assertThat(out).contains("holds the " + written.size() + " resources the day wrote");
        for (String type : List.of("Patient", "Organization", "Coverage", "Consent", "QuestionnaireResponse", "Observation",
                "Appointment", "DocumentReference")) {
            assertThat(written).as(type).anyMatch(id -> id.startsWith(type + "/"));
            assertThat(out).containsPattern("\\n\\s+" + type + "/\\d+\\n");
        }
        // Every appointment the book made or changed reached the EHR: Riley, Taylor, Sam, Priya and Jordan.
        assertThat(written).filteredOn(id -> id.startsWith("Appointment/")).hasSize(5);
    }

    @Test
    void everyResourceTheDayWroteValidatesAgainstTheUsCoreProfileItClaimsAsStored() {
        assumeTrue(ProfileValidator.packagesAvailable(), "FHIR IG packages not found at "
                + ProfileValidator.PACKAGES.toAbsolutePath() + ": US Core validation skipped");
        FhirValidator validator = ProfileValidator.withPackages(ProfileValidator.US_CORE_6_1);
        List<String> errors = new ArrayList<>();
        for (String id : written) {
            Resource stored = (Resource) server.client().read().resource(id.substring(0, id.indexOf('/')))
                    .withId(id.substring(id.indexOf('/') + 1)).execute();
            assertThat(stored.getMeta().getProfile()).as(id + " claims its profile").isNotEmpty();
            // No profile is named: the validator checks each resource against its own meta.profile.
            errors.addAll(ProfileValidator.errors(validator.validateWithResult(stored), stored));
        }
        assertThat(errors).isEmpty();
        assertThat(written).filteredOn(id -> id.startsWith("Patient/")).hasSizeGreaterThanOrEqualTo(10);
    }
}
