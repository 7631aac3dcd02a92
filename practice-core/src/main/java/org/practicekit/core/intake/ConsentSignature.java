package org.practicekit.core.intake;

import java.util.Objects;
import org.practicekit.core.model.ConsentRecord;

/**
 * A client's acceptance of one consent document in a submission: which document and version they
 * saw, the name they signed with, and how. The workflow adds the time and the document's hash.
 *
 * @param documentId the consent document's id
 * @param version the version the client saw
 * @param signedBy the name the client typed or signed with
 * @param method how consent was given
 */
public record ConsentSignature(String documentId, String version, String signedBy, ConsentRecord.Method method) {
    public ConsentSignature {
        Objects.requireNonNull(documentId, "documentId == null");
        Objects.requireNonNull(version, "version == null");
        Objects.requireNonNull(signedBy, "signedBy == null");
        Objects.requireNonNull(method, "method == null");
    }

    /** An electronic signature. */
    public static ConsentSignature signed(String documentId, String version, String signedBy) {
        return new ConsentSignature(documentId, version, signedBy, ConsentRecord.Method.ELECTRONIC_SIGNATURE);
    }

    /** The signer's name is PHI: never shown. */
    @Override
    public String toString() {
        return "ConsentSignature[" + documentId + " v" + version + ", " + method + "]";
    }
}
