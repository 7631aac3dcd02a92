package org.practicekit.fhir.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;
import org.practicekit.core.model.QuestionnaireAnswer;
import org.practicekit.core.spi.EhrIntake;
import org.practicekit.fhir.FhirIdentifierSystems;

/** The intake's answers → one completed QuestionnaireResponse, identified by the intake key. */
public final class QuestionnaireResponseMapper {
    private final FhirIdentifierSystems ids;

    public QuestionnaireResponseMapper(FhirIdentifierSystems ids) {
        this.ids = ids;
    }

    /** The canonical URL of a practice questionnaire. */
    public String questionnaireUrl(String questionnaireId) {
        return ids.base() + "/Questionnaire/" + Codes.pathSegment(questionnaireId);
    }

    public QuestionnaireResponse toFhir(EhrIntake intake, String patientRef) {
        QuestionnaireResponse qr = Profiles.claim(new QuestionnaireResponse(), Profiles.QUESTIONNAIRE_RESPONSE);
        qr.setIdentifier(Codes.identifier(ids.intake(), intake.idempotencyKey()));
        qr.setQuestionnaire(questionnaireUrl(intake.questionnaireId()));
        qr.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
        qr.setSubject(new Reference(patientRef));
        qr.setAuthoredElement(new DateTimeType(Date.from(intake.submittedAt())));
        qr.setAuthor(new Reference(patientRef));
        qr.setSource(new Reference(patientRef));
        for (QuestionnaireAnswer a : intake.answers()) {
            QuestionnaireResponse.QuestionnaireResponseItemComponent item = qr.addItem().setLinkId(a.linkId());
            if (!a.question().isBlank()) {
                item.setText(a.question());
            }
            if (!a.value().isEmpty()) {
                item.addAnswer().setValue(value(intake.questionnaireId(), a));
            }
        }
        return qr;
    }

    private Type value(String questionnaireId, QuestionnaireAnswer a) {
        switch (a.type()) {
            case INTEGER:
                try {
                    return new IntegerType(Integer.parseInt(a.value()));
                } catch (NumberFormatException e) {
                    return new StringType(a.value());
                }
            case BOOLEAN:
                return new BooleanType(Boolean.parseBoolean(a.value()));
            case DATE:
                try {
                    return new DateType(LocalDate.parse(a.value()).toString());
                } catch (DateTimeParseException e) {
                    return new StringType(a.value());
                }
            case CHOICE:
                return new Coding(questionnaireUrl(questionnaireId) + "/choices", a.value(), null);
            default:
                return new StringType(a.value());
        }
    }
}
