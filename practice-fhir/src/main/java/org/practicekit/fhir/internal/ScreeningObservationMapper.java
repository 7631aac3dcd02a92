package org.practicekit.fhir.internal;

import java.util.Date;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.practicekit.core.model.ScreeningScore;
import org.practicekit.core.spi.EhrIntake;
import org.practicekit.fhir.FhirIdentifierSystems;

/**
 * Screening scores → Observations: the PHQ-9 total (LOINC 44261-6), the GAD-7 total (70274-6) and the
 * PHQ-9 item 9 answer (44260-8), each derived from the intake's QuestionnaireResponse. Categorised
 * {@code survey}, as US Core's screening-assessment profile expects.
 */
public final class ScreeningObservationMapper {
    private static final String[][] PHQ_ANSWERS = {
        {"LA6568-5", "Not at all"}, {"LA6569-3", "Several days"},
        {"LA6570-1", "More than half the days"}, {"LA6571-9", "Nearly every day"}};
    private static final String UCUM = "http://unitsofmeasure.org";

    private final FhirIdentifierSystems ids;

    public ScreeningObservationMapper(FhirIdentifierSystems ids) {
        this.ids = ids;
    }

    /** Key of a score's total: the intake key and instrument. */
    public static String totalKey(EhrIntake intake, ScreeningScore s) {
        return intake.idempotencyKey() + "/" + s.instrument().name().toLowerCase(java.util.Locale.ROOT) + "-total";
    }

    /** Key of the PHQ-9 item 9 answer. */
    public static String item9Key(EhrIntake intake) {
        return intake.idempotencyKey() + "/phq9-item9";
    }

    public Observation total(EhrIntake intake, ScreeningScore s, String patientRef, String responseRef) {
        Observation o = base(intake, patientRef, responseRef);
        o.addIdentifier(Codes.identifier(ids.screening(), totalKey(intake, s)));
        String display = s.instrument() == ScreeningScore.Instrument.PHQ9
                ? "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]"
                : "Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]";
        o.setCode(Codes.concept(Codes.LOINC, s.instrument().loincTotal(), display));
        o.setValue(new Quantity().setValue(s.total()).setUnit("{score}").setSystem(UCUM).setCode("{score}"));
        o.addInterpretation(new CodeableConcept().setText(s.band()));
        return o;
    }

    /** The PHQ-9 item 9 answer (thoughts of self-harm); the evidence behind a risk flag. */
    public Observation item9(EhrIntake intake, ScreeningScore phq9, String patientRef, String responseRef) {
        int answer = phq9.itemScores().get(8);
        Observation o = base(intake, patientRef, responseRef);
        o.addIdentifier(Codes.identifier(ids.screening(), item9Key(intake)));
        o.setCode(Codes.concept(Codes.LOINC, "44260-8",
                "Thoughts that you would be better off dead, or of hurting yourself in some way"));
        CodeableConcept value = Codes.concept(Codes.LOINC, PHQ_ANSWERS[answer][0], PHQ_ANSWERS[answer][1]);
        value.setText(PHQ_ANSWERS[answer][1] + " (" + answer + ")");
        o.setValue(value);
        return o;
    }

    private static Observation base(EhrIntake intake, String patientRef, String responseRef) {
        Observation o = Profiles.claim(new Observation(), Profiles.SCREENING_ASSESSMENT);
        o.setStatus(Observation.ObservationStatus.FINAL);
        o.addCategory(Codes.concept(Codes.OBSERVATION_CATEGORY, "survey", "Survey"));
        o.setSubject(new Reference(patientRef));
        o.setEffective(new DateTimeType(Date.from(intake.submittedAt())));
        o.setIssued(Date.from(intake.submittedAt()));
        o.addPerformer(new Reference(patientRef));
        o.addDerivedFrom(new Reference(responseRef));
        return o;
    }
}
