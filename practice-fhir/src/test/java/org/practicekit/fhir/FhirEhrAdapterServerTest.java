package org.practicekit.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DocumentReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.practicekit.core.NonRetriableException;
import org.practicekit.core.ValidationException;
import org.practicekit.core.model.Appointment;
import org.practicekit.core.model.AppointmentStatus;
import org.practicekit.core.model.ClientId;
import org.practicekit.core.spi.EhrIntake;
import org.practicekit.core.spi.EhrNote;
import org.practicekit.core.spi.EhrReceipt;
import org.practicekit.fhir.testserver.EmbeddedFhirServer;
import org.practicekit.fhir.testserver.FhirServerExtension;

/** The adapter against a real HAPI FHIR JPA server: idempotent intakes, appointments, notes, reads. */
@ExtendWith(FhirServerExtension.class)
class FhirEhrAdapterServerTest {
    private EmbeddedFhirServer server;
    private FhirEhrAdapter ehr;

    @BeforeEach
    void connect(EmbeddedFhirServer server) {
        this.server = server;
        this.ehr = FhirEhrAdapter.builder().baseUrl(server.baseUrl()).identifierSystems(SampleRecords.IDS)
                .consentScope("notice-of-privacy-practices", ConsentScope.PATIENT_PRIVACY).build();
    }

    @Test
    void aClientLookedUpBeforeTheirIntakeIsFoundRightAfterIt() {
        // The server caches a search result for a minute unless told not to: the adapter asks for fresh results,
        // so the first appointment after an intake finds the client the intake just wrote.
        EhrIntake intake = SampleRecords.intake(7);
        assertThat(ehr.findClient(intake.client().id())).isEmpty();
        assertThat(ehr.readCoverage(intake.client().id())).isEmpty();
        ehr.routeIntake(intake);
        assertThat(ehr.findClient(intake.client().id())).contains(intake.client());
        assertThat(ehr.readCoverage(intake.client().id())).isEqualTo(intake.coverage());
    }

    @Test
    void fiftyIntakesRoutedTwiceLeaveExactlyOneRecordOfEach() {
        List<EhrReceipt> first = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            first.add(ehr.routeIntake(SampleRecords.intake(i)));
        }
        assertThat(first).allMatch(EhrReceipt::created);
        assertThat(first.get(0).recordIds()).containsKeys("Patient", "Organization", "Coverage", "Consent#1",
                "Consent#2", "QuestionnaireResponse", "Observation#1", "Observation#2", "Observation#3", "Flag");
        assertThat(first.get(0).recordIds().get("Patient")).matches("Patient/\\d+");

        for (int i = 0; i < 50; i++) {
            EhrIntake sent = SampleRecords.intake(i);
            assertThat(ehr.findClient(sent.client().id())).contains(sent.client());
            assertThat(ehr.readCoverage(sent.client().id())).isEqualTo(sent.coverage());
        }

        for (int i = 0; i < 50; i++) {
            EhrReceipt again = ehr.routeIntake(SampleRecords.intake(i));
            assertThat(again.created()).isFalse();
            assertThat(again.recordIds()).isEqualTo(first.get(i).recordIds());
        }

        assertThat(server.count("Patient")).isEqualTo(50);
        assertThat(server.count("Coverage")).isEqualTo(50);
        assertThat(server.count("Organization")).isEqualTo(SampleRecords.PAYERS.length);
        assertThat(server.count("Consent")).isEqualTo(100);
        assertThat(server.count("QuestionnaireResponse")).isEqualTo(50);
        assertThat(server.count("Observation")).isEqualTo(150); // PHQ-9 total, item 9, GAD-7 total
        assertThat(server.count("Flag")).isEqualTo(10);
    }

    @Test
    void anUnknownClientIsNotFound() {
        assertThat(ehr.findClient(ClientId.of("nobody"))).isEmpty();
        assertThat(ehr.readCoverage(ClientId.of("nobody"))).isEmpty();
    }

    @Test
    void identifiersWithSearchSyntaxInThemStayDistinct() {
        EhrIntake odd = SampleRecords.intake(1).toBuilder().idempotencyKey("intake a&b|c,d$e")
                .client(SampleRecords.client(1).toBuilder().id("client 1&x|y,z").build()).build();
        EhrIntake plain = SampleRecords.intake(2);
        ehr.routeIntake(odd);
        ehr.routeIntake(plain);
        ehr.routeIntake(odd);
        assertThat(server.count("Patient")).isEqualTo(2);
        assertThat(ehr.findClient(ClientId.of("client 1&x|y,z"))).contains(odd.client());
    }

    @Test
    void appointmentsAreCreatedOnceAndFollowEveryStatusChange() {
        ehr.routeIntake(SampleRecords.intake(1));
        ehr.routeIntake(SampleRecords.intake(2));
        List<Appointment> booked = List.of(SampleRecords.appointment(0, 1, AppointmentStatus.BOOKED),
                SampleRecords.appointment(1, 2, AppointmentStatus.BOOKED),
                SampleRecords.appointment(2, 1, AppointmentStatus.BOOKED),
                SampleRecords.appointment(3, 2, AppointmentStatus.BOOKED),
                SampleRecords.appointment(4, 1, AppointmentStatus.BOOKED),
                SampleRecords.appointment(5, 2, AppointmentStatus.BOOKED));
        for (Appointment a : booked) {
            EhrReceipt r = ehr.writeAppointment(a);
            assertThat(r.created()).isTrue();
            assertThat(r.recordIds().get("Appointment")).matches("Appointment/\\d+");
        }
        List<AppointmentStatus> later = List.of(AppointmentStatus.CONFIRMED, AppointmentStatus.CANCELLED,
                AppointmentStatus.LATE_CANCELLED, AppointmentStatus.NO_SHOW, AppointmentStatus.COMPLETED,
                AppointmentStatus.BOOKED);
        List<Appointment> changed = new ArrayList<>();
        for (int i = 0; i < booked.size(); i++) {
            Appointment a = booked.get(i).withStatus(later.get(i));
            changed.add(a);
            EhrReceipt r = ehr.writeAppointment(a);
            assertThat(r.created()).isFalse();
            ehr.writeAppointment(a); // a retry changes nothing
        }
        assertThat(server.count("Appointment")).isEqualTo(6);
        assertThat(ehr.appointments(Instant.parse("2026-12-01T00:00:00Z"), Instant.parse("2026-12-02T00:00:00Z")))
                .containsExactlyElementsOf(changed);
        assertThat(ehr.appointments(Instant.parse("2026-12-01T16:00:00Z"), Instant.parse("2026-12-01T18:00:00Z")))
                .containsExactly(changed.get(1), changed.get(2));
    }

    @Test
    void anAppointmentForAClientTheEhrDoesNotKnowIsRefused() {
        assertThatThrownBy(() -> ehr.writeAppointment(SampleRecords.appointment(0, 99, AppointmentStatus.BOOKED)))
                .isInstanceOf(NonRetriableException.class)
                .hasMessageContaining("writeAppointment")
                .hasMessageNotContaining("client-99");
        assertThat(server.count("Appointment")).isZero();
    }

    @Test
    void signedNotesAddendaAndLabelledPsychotherapyNotesAreExportedOnce() {
        ehr.routeIntake(SampleRecords.intake(1));
        EhrReceipt note = ehr.exportNote(SampleRecords.note("note-1", 1, EhrNote.Kind.PROGRESS_NOTE));
        assertThat(note.created()).isTrue();
        EhrReceipt again = ehr.exportNote(SampleRecords.note("note-1", 1, EhrNote.Kind.PROGRESS_NOTE));
        assertThat(again.created()).isFalse();
        assertThat(again.recordIds()).isEqualTo(note.recordIds());
        EhrReceipt addendum = ehr.exportNote(SampleRecords.addendum("note-1-a1", "note-1", 1));
        EhrReceipt process = ehr.exportNote(SampleRecords.note("pn-1", 1, EhrNote.Kind.PSYCHOTHERAPY_NOTE));
        assertThat(server.count("DocumentReference")).isEqualTo(3);

        DocumentReference original = read(note.recordIds().get("DocumentReference"));
        assertThat(original.getDocStatus()).isEqualTo(DocumentReference.ReferredDocumentStatus.FINAL);
        assertThat(original.getType().getCodingFirstRep().getCode()).isEqualTo("11506-3");
        assertThat(original.getSubject().getReference()).isEqualTo(Map.copyOf(
                ehr.routeIntake(SampleRecords.intake(1)).recordIds()).get("Patient"));
        assertThat(new String(original.getContentFirstRep().getAttachment().getData(),
                java.nio.charset.StandardCharsets.UTF_8)).startsWith("S: Client reports");
        assertThat(original.getMeta().getSecurity()).isEmpty();

        DocumentReference added = read(addendum.recordIds().get("DocumentReference"));
        assertThat(added.getRelatesToFirstRep().getCode()).isEqualTo(DocumentReference.DocumentRelationshipType.APPENDS);
        assertThat(added.getRelatesToFirstRep().getTarget().getReference())
                .isEqualTo(note.recordIds().get("DocumentReference"));

        DocumentReference labelled = read(process.recordIds().get("DocumentReference"));
        assertThat(labelled.getMeta().getSecurity()).extracting(Coding::getCode).contains("PSYTHPN", "R");
    }

    @Test
    void aNoteWhoseTextChangedAfterSigningIsRefusedAndNothingIsWritten() {
        ehr.routeIntake(SampleRecords.intake(1));
        EhrNote tampered = SampleRecords.note("note-2", 1, EhrNote.Kind.PROGRESS_NOTE).toBuilder()
                .content("S: something else").build();
        assertThatThrownBy(() -> ehr.exportNote(tampered)).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).hasProblemAt("contentSha256")).isTrue());
        assertThat(server.count("DocumentReference")).isZero();
    }

    @Test
    void anAddendumToANoteTheEhrNeverReceivedIsRefused() {
        ehr.routeIntake(SampleRecords.intake(1));
        assertThatThrownBy(() -> ehr.exportNote(SampleRecords.addendum("a-9", "never-exported", 1)))
                .isInstanceOf(NonRetriableException.class);
        assertThat(server.count("DocumentReference")).isZero();
    }

    private DocumentReference read(String id) {
        Bundle b = server.client().search().forResource(DocumentReference.class)
                .where(DocumentReference.RES_ID.exactly().code(id.substring(id.indexOf('/') + 1)))
                .returnBundle(Bundle.class).execute();
        return (DocumentReference) b.getEntryFirstRep().getResource();
    }
}
