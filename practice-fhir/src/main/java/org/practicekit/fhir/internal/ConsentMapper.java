package org.practicekit.fhir.internal;

import java.util.Date;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.practicekit.core.model.ClientId;
import org.practicekit.core.model.ConsentRecord;
import org.practicekit.fhir.ConsentScope;
import org.practicekit.fhir.FhirIdentifierSystems;

/** ConsentRecord → Consent: one per client, document and version, pointing at the exact text signed. */
public final class ConsentMapper {
    private final FhirIdentifierSystems ids;
    private final String sha256Extension;

    public ConsentMapper(FhirIdentifierSystems ids) {
        this.ids = ids;
        this.sha256Extension = ids.base() + "/StructureDefinition/content-sha256";
    }

    /** The practice's key of one signed consent: signing the same version again is the same consent. */
    public static String consentKey(ClientId client, ConsentRecord r) {
        return client.value() + "/" + r.documentId() + "/" + r.version();
    }

    public Consent toFhir(ClientId client, ConsentRecord r, ConsentScope scope, String patientRef) {
        Consent c = Profiles.base(new Consent());
        c.addIdentifier(Codes.identifier(ids.consent(), consentKey(client, r)));
        c.setStatus(Consent.ConsentState.ACTIVE);
        c.setScope(Codes.concept(Codes.CONSENT_SCOPE, scope.code(), scope.display()));
        c.addCategory(Codes.concept(Codes.LOINC, "59284-0", "Patient Consent"));
        c.setPatient(new Reference(patientRef));
        c.setDateTimeElement(new DateTimeType(Date.from(r.signedAt())));
        c.addPerformer(new Reference(patientRef));
        // The policy is the exact document version the client saw; its hash proves which text that was.
        c.addPolicy().setUri(ids.base() + "/consent-document/" + Codes.pathSegment(r.documentId()) + "/"
                + Codes.pathSegment(r.version()));
        c.getSourceAttachment().setTitle(r.documentId() + " version " + r.version())
                .addExtension(sha256Extension, new StringType(r.contentSha256()));
        c.getSourceAttachment().addExtension(ids.base() + "/StructureDefinition/consent-method",
                new StringType(r.method().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')));
        return c;
    }
}
