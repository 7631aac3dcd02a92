package org.practicekit.testing;


/** SHA-256 for building test fixtures (signed-note and consent hashes). */
public final class Hashes {
    private Hashes() {
    }

    /** Lowercase hex SHA-256 of the UTF-8 bytes of {@code text}. */
    public static String sha256Hex(String text) {
        return org.practicekit.core.Sha256.hex(text);
    }
}
