package org.practicekit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practicekit.core.model.Address;
import org.practicekit.core.model.Appointment;
import org.practicekit.core.model.AppointmentId;
import org.practicekit.core.model.AppointmentStatus;
import org.practicekit.core.model.Client;
import org.practicekit.core.model.ClientId;
import org.practicekit.core.model.ClinicianId;
import org.practicekit.core.model.ConsentRecord;
import org.practicekit.core.model.ContactPoint;
import org.practicekit.core.model.Coverage;
import org.practicekit.core.model.LocationId;
import org.practicekit.core.model.Modality;
import org.practicekit.core.model.PayerKind;
import org.practicekit.core.model.QuestionnaireAnswer;
import org.practicekit.core.model.ScreeningScore;
import org.practicekit.core.model.ServiceType;
import org.practicekit.core.model.TimeSlot;
import org.practicekit.core.spi.EhrAdapter;
import org.practicekit.core.spi.EhrIntake;
import org.practicekit.core.spi.EhrNote;
import org.practicekit.core.spi.EhrReceipt;

/**
 * The contract every {@link EhrAdapter} must pass: writes are idempotent on their keys, and what is
 * written can be read back. Extend it and return an adapter over an EHR with no data from
 * {@link #newEhr()}. Each test uses fresh random ids, so an EHR that cannot be emptied between tests
 * still passes.
 */
public abstract class EhrAdapterContract {
    /** An adapter over an EHR in which the ids this suite generates do not exist yet. */
    protected abstract EhrAdapter newEhr();

    private EhrAdapter ehr;
    private String run;

    @BeforeEach
    void createEhr() {
        ehr = newEhr();
        run = UUID.randomUUID().toString().substring(0, 8);
    }

    /** A complete intake for a new client, as the intake workflow routes it. */
    protected EhrIntake sampleIntake(String clientId) {
        Client client = Client.builder().id(clientId).name("Marisol", "Quintero-Hale").birthDate(LocalDate.of(1986, 7, 14))
                .addContact(ContactPoint.mobile("+13125550148")).addContact(ContactPoint.email("mq.hale@example.org"))
                .address(Address.us("2218 W Cortland St", "Chicago", "IL", "60647")).build();
        Coverage coverage = Coverage.builder().payerName("Blue Cross Blue Shield of Illinois").payerId("00621")
                .payerKind(PayerKind.COMMERCIAL).memberId("XOF" + clientId.hashCode()).groupNumber("G-55120").build();
        String hash = HexFormat.of().formatHex(new byte[32]).replace('0', 'a');
        return EhrIntake.builder().idempotencyKey("intake/" + clientId).questionnaireId("practicekit-intake")
                .client(client).coverage(coverage)
                .addConsent(new ConsentRecord("consent-to-treatment", "2026-01", hash, "Marisol Quintero-Hale",
                        Instant.parse("2026-11-20T15:04:00Z"), ConsentRecord.Method.ELECTRONIC_SIGNATURE))
                .addAnswer(new QuestionnaireAnswer("concerns", "What brings you in?", QuestionnaireAnswer.AnswerType.TEXT,
                        "Trouble sleeping and worry about work"))
                .addScreening(new ScreeningScore(ScreeningScore.Instrument.PHQ9, List.of(1, 2, 1, 2, 1, 1, 1, 0, 0), 9, "mild"))
                .addScreening(new ScreeningScore(ScreeningScore.Instrument.GAD7, List.of(2, 2, 1, 2, 1, 1, 2), 11, "moderate"))
                .submittedAt(Instant.parse("2026-11-20T15:05:00Z")).build();
    }

    protected Appointment sampleAppointment(String id, String clientId, Instant start) {
        return Appointment.builder().id(AppointmentId.of(id)).clientId(ClientId.of(clientId))
                .clinicianId(ClinicianId.of("dr-whitfield")).serviceType(ServiceType.INDIVIDUAL)
                .slot(TimeSlot.of(start, Duration.ofMinutes(53))).modality(Modality.IN_PERSON)
                .locationId(LocationId.of("main-st")).build();
    }

    @Test
    void routingAnIntakeCreatesTheClientAndRoutingItAgainCreatesNothing() {
        EhrIntake intake = sampleIntake("c-" + run);
        EhrReceipt first = ehr.routeIntake(intake);
        EhrReceipt second = ehr.routeIntake(intake);
        assertThat(first.created()).isTrue();
        assertThat(second.created()).isFalse();
        assertThat(second.recordIds()).containsAllEntriesOf(first.recordIds());
    }

    @Test
    void aRoutedClientAndCoverageCanBeReadBack() {
        EhrIntake intake = sampleIntake("c-" + run);
        ehr.routeIntake(intake);
        Client read = ehr.findClient(ClientId.of("c-" + run)).orElseThrow();
        assertThat(read.id()).isEqualTo(intake.client().id());
        assertThat(read.name()).isEqualTo(intake.client().name());
        assertThat(read.birthDate()).isEqualTo(intake.client().birthDate());
        Coverage coverage = ehr.readCoverage(ClientId.of("c-" + run)).orElseThrow();
        assertThat(coverage.memberId()).isEqualTo(intake.coverage().orElseThrow().memberId());
        assertThat(coverage.payerKind()).isEqualTo(PayerKind.COMMERCIAL);
    }

    @Test
    void anUnknownClientIsAbsentNotAnError() {
        assertThat(ehr.findClient(ClientId.of("nobody-" + run))).isEmpty();
        assertThat(ehr.readCoverage(ClientId.of("nobody-" + run))).isEmpty();
    }

    @Test
    void appointmentsAreWrittenOnceAndStatusChangesUpdateThem() {
        String clientId = "c-" + run;
        ehr.routeIntake(sampleIntake(clientId));
        Instant start = Instant.parse("2031-02-03T15:00:00Z").plusSeconds(Math.abs(run.hashCode() % 100_000) * 60L);
        Appointment booked = sampleAppointment("a-" + run, clientId, start);
        ehr.writeAppointment(booked);
        ehr.writeAppointment(booked);
        ehr.writeAppointment(booked.withStatus(AppointmentStatus.CANCELLED));
        List<Appointment> found = ehr.appointments(start.minusSeconds(1), start.plusSeconds(1)).stream()
                .filter(a -> a.id().equals(booked.id())).toList();
        assertThat(found).hasSize(1);
        assertThat(found.get(0).status()).isEqualTo(AppointmentStatus.CANCELLED);
        assertThat(ehr.appointments(start.plusSeconds(60), start.plusSeconds(120)))
                .noneMatch(a -> a.id().equals(booked.id()));
    }

    @Test
    void exportingASignedNoteTwiceKeepsOneNote() {
        String clientId = "c-" + run;
        ehr.routeIntake(sampleIntake(clientId));
        String content = "Client reported improved sleep. Practiced diaphragmatic breathing in session.";
        EhrNote note = EhrNote.builder().noteId("n-" + run).clientId(ClientId.of(clientId))
                .clinicianId(ClinicianId.of("dr-whitfield")).signerDisplay("Dana Whitfield, LCSW")
                .sessionDate(LocalDate.of(2026, 11, 30)).signedAt(Instant.parse("2026-11-30T18:00:00Z"))
                .title("Progress note").content(content).contentSha256(Hashes.sha256Hex(content)).build();
        EhrReceipt first = ehr.exportNote(note);
        EhrReceipt again = ehr.exportNote(note);
        assertThat(first.created()).isTrue();
        assertThat(again.created()).isFalse();
        assertThat(again.recordIds()).isEqualTo(first.recordIds());
    }
}
