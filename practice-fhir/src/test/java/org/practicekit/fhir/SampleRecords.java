package org.practicekit.fhir;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import org.practicekit.core.model.Address;
import org.practicekit.core.model.AdministrativeSex;
import org.practicekit.core.model.Appointment;
import org.practicekit.core.model.AppointmentId;
import org.practicekit.core.model.AppointmentStatus;
import org.practicekit.core.model.Client;
import org.practicekit.core.model.ClientId;
import org.practicekit.core.model.ClinicianId;
import org.practicekit.core.model.ConsentRecord;
import org.practicekit.core.model.ContactPoint;
import org.practicekit.core.model.Coverage;
import org.practicekit.core.model.EmergencyContact;
import org.practicekit.core.model.GenderIdentity;
import org.practicekit.core.model.LocationId;
import org.practicekit.core.model.Modality;
import org.practicekit.core.model.PayerKind;
import org.practicekit.core.model.PersonName;
import org.practicekit.core.model.QuestionnaireAnswer;
import org.practicekit.core.model.ScreeningScore;
import org.practicekit.core.model.ServiceType;
import org.practicekit.core.model.TimeSlot;
import org.practicekit.core.spi.EhrIntake;
import org.practicekit.core.spi.EhrNote;

/** Realistic intakes, appointments and notes for the adapter's tests. Names and numbers are invented. */
final class SampleRecords {
    static final FhirIdentifierSystems IDS = FhirIdentifierSystems.under("https://practice.example/fhir/id");
    static final Instant SUBMITTED = Instant.parse("2026-11-30T14:05:00Z");
    static final String[][] PAYERS = {{"60054", "Aetna", "COMMERCIAL"}, {"87726", "UnitedHealthcare", "COMMERCIAL"},
        {"MEDICAID-IL", "Illinois Medicaid", "MEDICAID"}};

    private SampleRecords() {
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static Client client(int i) {
        Client.Builder b = Client.builder().id(ClientId.of("client-" + i)).name("Avery" + i, "Lindqvist")
                .birthDate(LocalDate.of(1980 + i % 20, 1 + i % 12, 1 + i % 28))
                .addContact(ContactPoint.mobile("+1312555" + String.format("%04d", i)))
                .addContact(ContactPoint.email("avery" + i + "@mail.example"))
                .address(Address.us(i + " Oak Street", "Springfield", "IL", "62701"))
                .zone(ZoneId.of(i % 2 == 0 ? "America/Chicago" : "America/New_York"))
                .language(i % 4 == 0 ? "es" : "en");
        // Clients state their identity in different ways: sex, gender identity, pronouns, the name they go by.
        b.sex(AdministrativeSex.values()[i % AdministrativeSex.values().length]);
        if (i % 2 == 1) {
            b.genderIdentity(GenderIdentity.values()[i % GenderIdentity.values().length]).pronouns("they/them")
                    .preferredName("Ave" + i);
        }
        if (i % 3 == 0) {
            b.emergencyContact(new EmergencyContact(PersonName.of("Jordan", "Lindqvist"), "spouse",
                    ContactPoint.mobile("+1312555" + String.format("%04d", 9000 + i))));
        }
        return b.build();
    }

    static Coverage coverage(int i) {
        String[] payer = PAYERS[i % PAYERS.length];
        Coverage.Builder b = Coverage.builder().payerId(payer[0]).payerName(payer[1])
                .payerKind(PayerKind.valueOf(payer[2])).memberId("W" + (100000 + i)).groupNumber("G-" + (i % 7))
                .planName(payer[1] + " Choice");
        if (i % 5 == 1) {
            b.subscriber(PersonName.of("Morgan", "Lindqvist"), Coverage.Relationship.SPOUSE);
        }
        return b.build();
    }

    /** Every 5th intake screens positive on PHQ-9 item 9 and raises a risk flag. */
    static EhrIntake intake(int i) {
        boolean risk = i % 5 == 0;
        List<Integer> phq = List.of(2, 1, 2, 1, 1, 0, 1, 1, risk ? 2 : 0);
        int phqTotal = phq.stream().mapToInt(Integer::intValue).sum();
        List<Integer> gad = List.of(1, 1, 2, 1, 0, 1, 1);
        EhrIntake.Builder b = EhrIntake.builder().idempotencyKey("intake-" + i).questionnaireId("adult-intake-v3")
                .client(client(i)).coverage(coverage(i)).submittedAt(SUBMITTED.plusSeconds(60L * i))
                .addConsent(new ConsentRecord("consent-to-treatment", "2026-01", sha256("treatment text"),
                        "Avery" + i + " Lindqvist", SUBMITTED, ConsentRecord.Method.ELECTRONIC_SIGNATURE))
                .addConsent(new ConsentRecord("notice-of-privacy-practices", "2025-09", sha256("npp text"),
                        "Avery" + i + " Lindqvist", SUBMITTED, ConsentRecord.Method.CHECKBOX))
                .addAnswer(new QuestionnaireAnswer("reason", "What brings you in?", QuestionnaireAnswer.AnswerType.TEXT,
                        "Trouble sleeping and worry about work"))
                .addAnswer(new QuestionnaireAnswer("birthDate", "Date of birth", QuestionnaireAnswer.AnswerType.DATE,
                        client(i).birthDate().orElseThrow().toString()))
                .addAnswer(new QuestionnaireAnswer("prior-therapy", "Have you been in therapy before?",
                        QuestionnaireAnswer.AnswerType.BOOLEAN, "false"))
                .addAnswer(new QuestionnaireAnswer("modality", "How would you like to meet?",
                        QuestionnaireAnswer.AnswerType.CHOICE, "telehealth"))
                .addAnswer(new QuestionnaireAnswer("phq9.9", "Thoughts that you would be better off dead",
                        QuestionnaireAnswer.AnswerType.INTEGER, String.valueOf(phq.get(8))))
                .addScreening(new ScreeningScore(ScreeningScore.Instrument.PHQ9, phq, phqTotal,
                        phqTotal >= 10 ? "moderate" : "mild"))
                .addScreening(new ScreeningScore(ScreeningScore.Instrument.GAD7, gad, 7, "mild"));
        if (risk) {
            b.riskFlag("PHQ-9 item 9 positive");
        }
        return b.build();
    }

    static Appointment appointment(int i, int client, AppointmentStatus status) {
        Instant start = Instant.parse("2026-12-01T15:00:00Z").plus(Duration.ofHours(i));
        Appointment.Builder b = Appointment.builder().id(AppointmentId.of("appt-" + i)).clientId(ClientId.of("client-" + client))
                .clinicianId(ClinicianId.of("dr-whitfield")).serviceType(ServiceType.INDIVIDUAL)
                .slot(TimeSlot.of(start, Duration.ofMinutes(53))).status(status);
        if (i % 2 == 0) {
            b.modality(Modality.IN_PERSON).locationId(LocationId.of("main-st"));
        } else {
            b.modality(Modality.TELEHEALTH_VIDEO).seriesId("series-" + client);
        }
        return b.build();
    }

    static EhrNote note(String id, int client, EhrNote.Kind kind) {
        String text = "S: Client reports sleeping five hours a night.\nA: Anxiety symptoms moderate.\nP: Continue CBT weekly.";
        return EhrNote.builder().noteId(id).kind(kind).clientId(ClientId.of("client-" + client))
                .clinicianId(ClinicianId.of("dr-whitfield")).signerDisplay("Dana Whitfield, LCSW")
                .sessionDate(LocalDate.of(2026, 12, 1)).signedAt(Instant.parse("2026-12-01T17:10:00Z"))
                .title("Progress note").content(text).contentSha256(sha256(text)).build();
    }

    static EhrNote addendum(String id, String amends, int client) {
        String text = "Addendum: client called to report improved sleep.";
        return EhrNote.builder().noteId(id).clientId(ClientId.of("client-" + client))
                .clinicianId(ClinicianId.of("dr-whitfield")).signerDisplay("Dana Whitfield, LCSW")
                .sessionDate(LocalDate.of(2026, 12, 1)).signedAt(Instant.parse("2026-12-02T09:00:00Z"))
                .title("Addendum").content(text).contentSha256(sha256(text)).amendsNoteId(amends).build();
    }
}
