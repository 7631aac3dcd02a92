package org.practicekit.core.intake;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.practicekit.core.Sha256;

/**
 * Intake link tokens. A token is HMAC-SHA-256 (the practice's secret) over the case id and a random link
 * id the case stores, cut to 128 bits: reminders can send the same link again, while a copy of the
 * database (link ids and SHA-256 hashes of tokens only) cannot be turned into a working link without the
 * secret. Thread-safe.
 */
final class LinkTokens {
    /** At least 256 bits, the HMAC-SHA-256 key size a guessable secret would undermine. */
    static final int MIN_SECRET_BYTES = 32;
    private static final Pattern SHAPE = Pattern.compile("[0-9a-f]{32}");
    private static final String DOMAIN = "practicekit/intake-link/1\n";

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    LinkTokens(byte[] secret) {
        this.key = new SecretKeySpec(secret.clone(), "HmacSHA256");
    }

    /** A fresh random link id (128 bits), stored in the case; useless without the secret. */
    String newLinkId() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** The token the client's link carries. */
    String token(String caseId, String linkId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] h = mac.doFinal((DOMAIN + caseId + "\n" + linkId).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** True when {@code token} is the case's current link, compared in constant time. */
    boolean opens(String token, String caseId, String linkId) {
        return MessageDigest.isEqual(token.getBytes(StandardCharsets.US_ASCII),
                token(caseId, linkId).getBytes(StandardCharsets.US_ASCII));
    }

    static boolean wellFormed(String token) {
        return SHAPE.matcher(token).matches();
    }

    /** The store id of a link: the token's SHA-256, so the store never holds the token itself. */
    static String storeId(String token) {
        return "sha256:" + Sha256.hex(token);
    }

    /** Compares an identity answer with the expected one in constant time (for equal lengths). */
    static boolean sameFact(String expected, String given) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }
}
