package org.practicekit.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ValidationOptions;
import ca.uhn.fhir.validation.ValidationResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.practicekit.core.model.AppointmentStatus;
import org.practicekit.core.spi.EhrNote;
import org.practicekit.fhir.testserver.EmbeddedFhirServer;
import org.practicekit.fhir.testserver.FhirServerExtension;
import org.practicekit.fhir.testserver.ProfileValidator;

/**
 * Everything the adapter writes, as the real server stored it, validated with HAPI's FhirValidator:
 * base R4 with zero errors; every resource against the profile it claims in {@code meta.profile} (US
 * Core 6.1.0 where US Core has one, base R4 otherwise); the QuestionnaireResponse against SDC too
 * (structure; terminology checks off because the VSAC value sets US Core binds to are not available
 * offline).
 */
@ExtendWith(FhirServerExtension.class)
class ResourceValidationTest {
    private static final Path PACKAGES = ProfileValidator.PACKAGES;
    private static final String US_CORE = "http://hl7.org/fhir/us/core/StructureDefinition/";

    private EmbeddedFhirServer server;

    @BeforeEach
    void writeOneOfEverything(EmbeddedFhirServer server) {
        this.server = server;
        FhirEhrAdapter ehr = FhirEhrAdapter.builder().baseUrl(server.baseUrl()).identifierSystems(SampleRecords.IDS)
                .consentScope("notice-of-privacy-practices", ConsentScope.PATIENT_PRIVACY).build();
        ehr.routeIntake(SampleRecords.intake(1)); // subscriber is the spouse
        ehr.routeIntake(SampleRecords.intake(5)); // risk flag, emergency contact
        ehr.writeAppointment(SampleRecords.appointment(0, 1, AppointmentStatus.BOOKED));
        ehr.writeAppointment(SampleRecords.appointment(1, 5, AppointmentStatus.LATE_CANCELLED));
        ehr.exportNote(SampleRecords.note("note-1", 1, EhrNote.Kind.PROGRESS_NOTE));
        ehr.exportNote(SampleRecords.addendum("note-1-a1", "note-1", 1));
        ehr.exportNote(SampleRecords.note("pn-1", 5, EhrNote.Kind.PSYCHOTHERAPY_NOTE));
    }

    @Test
    void everyResourceIsValidFhirR4() {
        FhirValidator validator = ProfileValidator.baseR4();
        List<String> errors = new ArrayList<>();
        int validated = 0;
        for (String type : List.of("Patient", "Organization", "Coverage", "Consent", "QuestionnaireResponse",
                "Observation", "Flag", "Appointment", "DocumentReference")) {
            List<Resource> stored = stored(type);
            assertThat(stored).as(type).isNotEmpty();
            for (Resource r : stored) {
                // Base R4 alone: the US Core profiles each resource claims are checked in the test below.
                Resource base = r.copy();
                base.getMeta().getProfile().removeIf(c -> c.getValue().startsWith(US_CORE));
                errors.addAll(errors(validator.validateWithResult(base), r));
                validated++;
            }
        }
        assertThat(validated).isEqualTo(2 + 2 + 2 + 4 + 2 + 6 + 1 + 2 + 3); // two intakes, two payers
        assertThat(errors).isEmpty();
    }

    @Test
    void patientCoverageObservationAndNoteConformToUsCoreAndTheResponseToSdc() {
        assumeTrue(Files.isDirectory(PACKAGES), "FHIR IG packages not found at " + PACKAGES.toAbsolutePath()
                + ": US Core and SDC profile validation skipped");
        FhirValidator validator = ProfileValidator.withPackages(ProfileValidator.US_CORE_6_1, ProfileValidator.SDC_4);
        List<String> errors = new ArrayList<>();
        check(validator, "Patient", US_CORE + "us-core-patient", errors);
        check(validator, "Coverage", US_CORE + "us-core-coverage", errors);
        check(validator, "Observation", US_CORE + "us-core-observation-screening-assessment", errors);
        check(validator, "DocumentReference", US_CORE + "us-core-documentreference", errors);
        check(validator, "QuestionnaireResponse",
                "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaireresponse", errors);
        assertThat(errors).isEmpty();
    }

    @Test
    void everyResourceClaimsItsProfileInMetaAndValidatesAgainstItAsStored() {
        assumeTrue(Files.isDirectory(PACKAGES), "FHIR IG packages not found at " + PACKAGES.toAbsolutePath()
                + ": US Core profile validation skipped");
        FhirValidator validator = ProfileValidator.withPackages(ProfileValidator.US_CORE_6_1);
        List<String> errors = new ArrayList<>();
        for (String type : List.of("Patient", "Organization", "Coverage", "Consent", "QuestionnaireResponse",
                "Observation", "Flag", "Appointment", "DocumentReference")) {
            for (Resource r : stored(type)) {
                assertThat(r.getMeta().getProfile()).as(type + " claims a profile").isNotEmpty();
                // No profile named here: the validator checks each resource against its own meta.profile.
                errors.addAll(errors(validator.validateWithResult(r), r));
            }
        }
        assertThat(errors).isEmpty();
        assertThat(stored("Patient")).allSatisfy(r -> assertThat(r.getMeta().getProfile())
                .extracting(c -> c.getValue()).containsExactly(US_CORE + "us-core-patient"));
        org.hl7.fhir.r4.model.Patient withIdentity = stored("Patient").stream()
                .map(r -> (org.hl7.fhir.r4.model.Patient) r).filter(p -> p.hasExtension(US_CORE + "us-core-genderIdentity"))
                .findFirst().orElseThrow();
        assertThat(withIdentity.getName()).extracting(n -> n.getUse().toCode()).contains("official", "usual");
    }

    @Test
    void theProfileValidationWouldCatchAMissingRequiredElement() {
        assumeTrue(Files.isDirectory(PACKAGES), "FHIR IG packages not found at " + PACKAGES.toAbsolutePath()
                + ": US Core profile validation skipped");
        FhirValidator validator = ProfileValidator.withPackages(ProfileValidator.US_CORE_6_1);
        org.hl7.fhir.r4.model.Patient patient = (org.hl7.fhir.r4.model.Patient) stored("Patient").get(0);
        patient.setGender(null);
        ValidationResult result = validator.validateWithResult(patient,
                new ValidationOptions().addProfile(US_CORE + "us-core-patient"));
        assertThat(errors(result, patient)).anyMatch(e -> e.contains("gender"));
    }

    private void check(FhirValidator validator, String type, String profile, List<String> errors) {
        List<Resource> stored = stored(type);
        assertThat(stored).as(type).isNotEmpty();
        for (Resource r : stored) {
            errors.addAll(errors(validator.validateWithResult(r, new ValidationOptions().addProfile(profile)), r));
        }
    }

    private List<Resource> stored(String type) {
        Bundle b = server.client().search().forResource(type).count(100).returnBundle(Bundle.class).execute();
        return b.getEntry().stream().map(Bundle.BundleEntryComponent::getResource).toList();
    }

    private static List<String> errors(ValidationResult result, IBaseResource r) {
        return ProfileValidator.errors(result, r);
    }
}
