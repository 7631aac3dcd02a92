package org.practicekit.core.intake;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.practicekit.core.model.AdministrativeSex;
import org.practicekit.core.model.Client;
import org.practicekit.core.model.ContactPoint;
import org.practicekit.core.model.Coverage;
import org.practicekit.core.model.EmergencyContact;
import org.practicekit.core.model.GenderIdentity;
import org.practicekit.core.model.PayerKind;
import org.practicekit.core.model.PersonName;
import org.practicekit.core.model.QuestionnaireAnswer;
import org.practicekit.core.model.ServiceType;
import org.practicekit.core.spi.EhrIntake;
import org.practicekit.core.spi.EligibilityRequest;

/** Maps a case's canonical answers onto the client, coverage and EHR intake records. Stateless. */
final class CaseRecords {
    private final IntakePacket packet;
    private final ZoneId zone;

    CaseRecords(IntakePacket packet, ZoneId zone) {
        this.packet = packet;
        this.zone = zone;
    }

    Client client(CaseState s) {
        Map<String, String> a = s.answers;
        PersonName name = a.containsKey(IntakeFields.GIVEN_NAME) || a.containsKey(IntakeFields.FAMILY_NAME)
                ? PersonName.of(a.getOrDefault(IntakeFields.GIVEN_NAME, ""), a.getOrDefault(IntakeFields.FAMILY_NAME, ""))
                : s.name;
        Client.Builder b = Client.builder().id(s.clientId).name(name).zone(zone)
                .language(a.getOrDefault(IntakeFields.LANGUAGE, "en"));
        if (a.containsKey(IntakeFields.BIRTH_DATE)) {
            b.birthDate(LocalDate.parse(a.get(IntakeFields.BIRTH_DATE)));
        }
        if (a.containsKey(IntakeFields.MOBILE)) {
            b.addContact(ContactPoint.mobile(a.get(IntakeFields.MOBILE)));
        }
        if (a.containsKey(IntakeFields.EMAIL)) {
            b.addContact(ContactPoint.email(a.get(IntakeFields.EMAIL)));
        }
        if (!b.build().contacts().contains(s.contact)) {
            b.addContact(s.contact);
        }
        Optional.ofNullable(a.get(IntakeFields.PREFERRED_NAME)).ifPresent(b::preferredName);
        Optional.ofNullable(a.get(IntakeFields.PRONOUNS)).ifPresent(b::pronouns);
        Optional.ofNullable(a.get(IntakeFields.SEX)).flatMap(AdministrativeSex::fromCode).ifPresent(b::sex);
        Optional.ofNullable(a.get(IntakeFields.GENDER_IDENTITY)).flatMap(GenderIdentity::fromCode)
                .ifPresent(b::genderIdentity);
        if (a.containsKey(IntakeFields.ADDRESS)) {
            b.address(SubmissionReviewer.parseAddress(a.get(IntakeFields.ADDRESS)));
        }
        if (a.containsKey(IntakeFields.EMERGENCY_NAME) && a.containsKey(IntakeFields.EMERGENCY_PHONE)) {
            String full = a.get(IntakeFields.EMERGENCY_NAME);
            int space = full.lastIndexOf(' ');
            PersonName en = space < 0 ? PersonName.of(full, "") : PersonName.of(full.substring(0, space),
                    full.substring(space + 1));
            b.emergencyContact(new EmergencyContact(en, a.getOrDefault(IntakeFields.EMERGENCY_RELATIONSHIP, ""),
                    new ContactPoint(ContactPoint.Kind.PHONE, a.get(IntakeFields.EMERGENCY_PHONE))));
        }
        return b.build();
    }

    /** The name texts greet the client with: the name they go by, else their first name (from the inquiry until the form says). */
    static String greeting(CaseState s) {
        String preferred = s.answers.getOrDefault(IntakeFields.PREFERRED_NAME, "");
        if (!preferred.isBlank()) {
            return preferred;
        }
        return s.answers.getOrDefault(IntakeFields.GIVEN_NAME, s.name.given());
    }

    /** The coverage the answers describe; absent for self-pay or when the packet collects no insurance. */
    Optional<Coverage> coverage(CaseState s) {
        Map<String, String> a = s.answers;
        if (!packet.insurance().collected() || "true".equals(a.get(InsuranceField.SELF_PAY_ITEM))
                || !a.containsKey(InsuranceField.MEMBER_ID.itemId())) {
            return Optional.empty();
        }
        Coverage.Builder c = Coverage.builder().payerName(a.get(InsuranceField.PAYER_NAME.itemId()))
                .payerId(a.get(InsuranceField.PAYER_ID.itemId()))
                .payerKind(PayerKind.valueOf(a.get(InsuranceField.PLAN_KIND.itemId()).toUpperCase(java.util.Locale.ROOT)))
                .memberId(a.get(InsuranceField.MEMBER_ID.itemId()));
        Optional.ofNullable(a.get(InsuranceField.GROUP_NUMBER.itemId())).ifPresent(c::groupNumber);
        Optional.ofNullable(a.get(InsuranceField.PLAN_NAME.itemId())).ifPresent(c::planName);
        return Optional.of(c.build());
    }

    EligibilityRequest eligibilityRequest(CaseState s) {
        LocalDate serviceDate = s.firstAppointment != null ? LocalDate.ofInstant(s.firstAppointment, zone)
                : LocalDate.ofInstant(s.submittedAt, zone);
        return EligibilityRequest.builder().client(client(s)).coverage(coverage(s).orElseThrow())
                .serviceDate(serviceDate).serviceType(ServiceType.DIAGNOSTIC_EVALUATION).build();
    }

    /** The one EHR write; built only from stored state, so a retry after a restart is byte-for-byte the same. */
    EhrIntake ehrIntake(CaseState s, String key) {
        EhrIntake.Builder b = EhrIntake.builder().idempotencyKey(key).questionnaireId(s.packetId + "/" + s.packetVersion)
                .client(client(s)).submittedAt(s.submittedAt);
        coverage(s).ifPresent(b::coverage);
        s.consents.forEach(b::addConsent);
        for (Map.Entry<String, String> e : s.answers.entrySet()) {
            Optional<IntakeItem> item = packet.item(e.getKey());
            String question = item.map(IntakeItem::text).orElse(e.getKey());
            QuestionnaireAnswer.AnswerType type = item.map(IntakeItem::type).orElse(QuestionnaireAnswer.AnswerType.TEXT);
            b.addAnswer(new QuestionnaireAnswer(e.getKey(), question, type, e.getValue()));
        }
        s.screenings.forEach(b::addScreening);
        if (s.riskFlagged && s.textRiskFlagged) {
            b.riskFlag("PHQ-9 item 9 positive; risk language in an intake answer");
        } else if (s.riskFlagged) {
            b.riskFlag("PHQ-9 item 9 positive");
        } else if (s.textRiskFlagged) {
            b.riskFlag("risk language in an intake answer");
        }
        return b.build();
    }
}
