package org.practicekit.core.intake;

import java.util.Objects;

/**
 * One consent document a client must accept (consent to treatment, notice of privacy practices…):
 * its id, version, title and the SHA-256 of its exact text, so the record proves which words were
 * accepted.
 *
 * @param id the practice's id ("consent-to-treatment")
 * @param version the version the client sees ("2026-01")
 * @param title the title shown to the client
 * @param contentSha256 hex SHA-256 of the exact text
 * @param required whether intake is incomplete without it (consent to AI-assisted documentation is
 *     optional: a client who declines gets notes drafted without an LLM)
 */
public record ConsentDocument(String id, String version, String title, String contentSha256, boolean required) {
    public ConsentDocument {
        Objects.requireNonNull(id, "id == null");
        Objects.requireNonNull(version, "version == null");
        Objects.requireNonNull(title, "title == null");
        Objects.requireNonNull(contentSha256, "contentSha256 == null");
        if (!id.matches("[a-z0-9][a-z0-9.-]{0,63}")) {
            throw new IllegalArgumentException("consent id must be 1-64 lowercase letters, digits, '.' or '-'");
        }
        if (version.isBlank() || title.isBlank()) {
            throw new IllegalArgumentException("a consent document needs a version and a title");
        }
        if (!contentSha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("contentSha256 must be 64 lowercase hex characters");
        }
    }

    /** A required document whose hash is computed from its exact text (UTF-8). */
    public static ConsentDocument of(String id, String version, String title, String text) {
        Objects.requireNonNull(text, "text == null");
        return new ConsentDocument(id, version, title, sha256(text), true);
    }

    /** An optional document (the client may decline it) whose hash is computed from its exact text. */
    public static ConsentDocument optional(String id, String version, String title, String text) {
        Objects.requireNonNull(text, "text == null");
        return new ConsentDocument(id, version, title, sha256(text), false);
    }

    static String sha256(String text) {
        return org.practicekit.core.Sha256.hex(text);
    }
}
