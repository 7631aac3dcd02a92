package org.practicekit.fhir.internal;

import java.util.Date;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.Reference;
import org.practicekit.core.spi.EhrIntake;
import org.practicekit.fhir.FhirIdentifierSystems;

/**
 * A risk raised at intake → an active safety Flag on the client, so every chart view shows it. The
 * code is the practice's own plus the staff-facing reason as text: which SNOMED CT concept fits is a
 * clinical choice PracticeKit leaves to the practice.
 */
public final class RiskFlagMapper {
    private final FhirIdentifierSystems ids;

    public RiskFlagMapper(FhirIdentifierSystems ids) {
        this.ids = ids;
    }

    public Flag toFhir(EhrIntake intake, String reason, String patientRef) {
        Flag f = Profiles.base(new Flag());
        f.addIdentifier(Codes.identifier(ids.flag(), intake.idempotencyKey()));
        f.setStatus(Flag.FlagStatus.ACTIVE);
        f.addCategory(Codes.concept(Codes.FLAG_CATEGORY, "safety", "Safety"));
        CodeableConcept code = Codes.concept(ids.base() + "/CodeSystem/flag", "intake-risk", "Risk raised at intake");
        f.setCode(code.setText(reason));
        f.setSubject(new Reference(patientRef));
        f.getPeriod().setStart(Date.from(intake.submittedAt()));
        return f;
    }
}
