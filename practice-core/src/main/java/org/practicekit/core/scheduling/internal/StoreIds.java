package org.practicekit.core.scheduling.internal;


/** Keeps store ids and idempotency keys within the 128 characters every store accepts. */
public final class StoreIds {
    private StoreIds() {
    }

    /** {@code raw} itself when short enough, else a stable prefix plus a SHA-256 digest of the whole. */
    public static String fit(String raw) {
        if (raw.length() <= 120) {
            return raw;
        }
        return raw.substring(0, 56) + "#" + org.practicekit.core.Sha256.hex(raw);
    }
}
