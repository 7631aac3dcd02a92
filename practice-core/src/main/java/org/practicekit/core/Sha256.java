package org.practicekit.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * SHA-256 of text, the one fingerprint PracticeKit uses for signed notes, consent documents,
 * deterministic ids and idempotency keys. Thread-safe.
 */
public final class Sha256 {
    private Sha256() {
    }

    /** The digest of the UTF-8 bytes of {@code text}. */
    public static byte[] digest(String text) {
        Objects.requireNonNull(text, "text == null");
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    /** The digest of the UTF-8 bytes of {@code text}, as 64 lowercase hex characters. */
    public static String hex(String text) {
        return HexFormat.of().formatHex(digest(text));
    }
}
