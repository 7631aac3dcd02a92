package org.practicekit.notes.lifecycle;

import java.time.Instant;
import java.util.Objects;
import org.practicekit.core.model.ClinicianId;

/**
 * Who signed a note, with which credentials, when, and the SHA-256 of exactly what they signed.
 *
 * @param signer the clinician
 * @param signerName the name as signed ("Dana Whitfield")
 * @param credentials licence and degree ("LCSW")
 * @param signedAt when
 * @param contentSha256 hex SHA-256 of the signed content (UTF-8)
 */
public record Signature(ClinicianId signer, String signerName, String credentials, Instant signedAt,
        String contentSha256) {
    public Signature {
        Objects.requireNonNull(signer, "signer == null");
        Objects.requireNonNull(signerName, "signerName == null");
        Objects.requireNonNull(credentials, "credentials == null");
        Objects.requireNonNull(signedAt, "signedAt == null");
        Objects.requireNonNull(contentSha256, "contentSha256 == null");
        if (!contentSha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("contentSha256 must be 64 lowercase hex characters");
        }
    }

    /** "Dana Whitfield, LCSW". */
    public String display() {
        return credentials.isEmpty() ? signerName : signerName + ", " + credentials;
    }
}
