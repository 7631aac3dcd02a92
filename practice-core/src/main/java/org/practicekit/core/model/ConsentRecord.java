package org.practicekit.core.model;

import java.time.Instant;
import java.util.Objects;

/**
 * Proof that a client accepted one version of one consent document: which document, which exact
 * text (by hash), who signed, when and how.
 *
 * @param documentId the practice's id of the document ("consent-to-treatment")
 * @param version the document version the client saw ("2026-01")
 * @param contentSha256 hex SHA-256 of the exact text the client saw
 * @param signedBy the name the client typed or signed with
 * @param signedAt when
 * @param method how the consent was given
 */
public record ConsentRecord(String documentId, String version, String contentSha256, String signedBy,
        Instant signedAt, Method method) {
    /** How consent was given. */
    public enum Method { ELECTRONIC_SIGNATURE, CHECKBOX, WET_SIGNATURE_SCANNED, VERBAL_WITNESSED }

    public ConsentRecord {
        Objects.requireNonNull(documentId, "documentId == null");
        Objects.requireNonNull(version, "version == null");
        Objects.requireNonNull(contentSha256, "contentSha256 == null");
        Objects.requireNonNull(signedBy, "signedBy == null");
        Objects.requireNonNull(signedAt, "signedAt == null");
        Objects.requireNonNull(method, "method == null");
        if (!contentSha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("contentSha256 must be 64 lowercase hex characters");
        }
    }

    @Override
    public String toString() {
        return "ConsentRecord[" + documentId + " v" + version + ", " + method + ", " + signedAt + "]";
    }
}
