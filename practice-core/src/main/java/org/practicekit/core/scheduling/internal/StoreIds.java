package org.practicekit.core.scheduling.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Keeps store ids and idempotency keys within the 128 characters every store accepts. */
public final class StoreIds {
    private StoreIds() {
    }

    /** {@code raw} itself when short enough, else a stable prefix plus a SHA-256 digest of the whole. */
    public static String fit(String raw) {
        if (raw.length() <= 120) {
            return raw;
        }
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(raw.getBytes(StandardCharsets.UTF_8));
            return raw.substring(0, 56) + "#" + HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JVM", e);
        }
    }
}
