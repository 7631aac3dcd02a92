package org.practicekit.fhir.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Date;
import java.util.HexFormat;
import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.practicekit.core.spi.EhrNote;
import org.practicekit.fhir.FhirIdentifierSystems;

/**
 * A signed note → a final DocumentReference: category clinical-note, LOINC type 11506-3 (progress note)
 * or 34904-3 (mental health progress note, for psychotherapy notes), the text as an attachment with its
 * hashes, the signing clinician as author and authenticator. A psychotherapy note also carries the
 * PSYTHPN and restricted-confidentiality labels so the EHR keeps it apart; an addendum {@code appends}
 * the note it amends.
 */
public final class DocumentReferenceMapper {
    private final FhirIdentifierSystems ids;
    private final String sha256Extension;

    public DocumentReferenceMapper(FhirIdentifierSystems ids) {
        this.ids = ids;
        this.sha256Extension = ids.base() + "/StructureDefinition/content-sha256";
    }

    /** Hex SHA-256 of the UTF-8 text. */
    public static String sha256Hex(String text) {
        return HexFormat.of().formatHex(digest("SHA-256", text.getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] digest(String algorithm, byte[] data) {
        try {
            return MessageDigest.getInstance(algorithm).digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " missing from the JDK", e);
        }
    }

    public DocumentReference toFhir(EhrNote note, String patientRef) {
        boolean psychotherapy = note.kind() == EhrNote.Kind.PSYCHOTHERAPY_NOTE;
        DocumentReference d = Profiles.claim(new DocumentReference(), Profiles.DOCUMENT_REFERENCE);
        d.addIdentifier(Codes.identifier(ids.note(), note.noteId()));
        d.setStatus(Enumerations.DocumentReferenceStatus.CURRENT);
        d.setDocStatus(DocumentReference.ReferredDocumentStatus.FINAL);
        d.setType(psychotherapy
                ? Codes.concept(Codes.LOINC, "34904-3", "Mental health Progress note")
                : Codes.concept(Codes.LOINC, "11506-3", "Progress note"));
        d.addCategory(Codes.concept(Codes.US_CORE_DOC_CATEGORY, "clinical-note", "Clinical Note"));
        d.setSubject(new Reference(patientRef));
        d.setDate(Date.from(note.signedAt()));
        Reference signer = new Reference().setType("Practitioner")
                .setIdentifier(Codes.identifier(ids.clinician(), note.clinicianId().value()))
                .setDisplay(note.signerDisplay());
        d.addAuthor(signer);
        d.setAuthenticator(signer.copy());
        d.setDescription(note.title());
        if (psychotherapy) {
            Coding psythpn = new Coding(Codes.V3_ACT_CODE, "PSYTHPN", "psychotherapy note information sensitivity");
            Coding restricted = new Coding(Codes.V3_CONFIDENTIALITY, "R", "restricted");
            d.getMeta().addSecurity(psythpn.copy());
            d.getMeta().addSecurity(restricted.copy());
            d.addSecurityLabel().addCoding(psythpn);
            d.addSecurityLabel().addCoding(restricted);
        }
        byte[] bytes = note.content().getBytes(StandardCharsets.UTF_8);
        Attachment a = d.addContent().getAttachment();
        a.setContentType("text/plain; charset=utf-8").setData(bytes).setSize(bytes.length).setTitle(note.title())
                .setCreationElement(new DateTimeType(Date.from(note.signedAt())));
        // FHIR R4 defines Attachment.hash as SHA-1; the SHA-256 the note was signed with rides alongside.
        a.setHash(digest("SHA-1", bytes));
        a.addExtension(sha256Extension, new StringType(note.contentSha256()));
        d.getContext().getPeriod().setStartElement(new DateTimeType(note.sessionDate().toString()))
                .setEndElement(new DateTimeType(note.sessionDate().toString()));
        note.amendsNoteId().ifPresent(original -> d.addRelatesTo()
                .setCode(DocumentReference.DocumentRelationshipType.APPENDS)
                .setTarget(new Reference(Codes.match("DocumentReference", ids.note(), original))));
        return d;
    }
}
