package org.practicekit.core.store;

import java.util.Objects;

/** Checks kinds and ids the same way in every store, so behaviour does not depend on the backend. */
final class StoreKeys {
    static final int MAX_KIND = 64;
    static final int MAX_ID = 128;

    private StoreKeys() {
    }

    static void check(String kind, String id) {
        Objects.requireNonNull(kind, "kind == null");
        Objects.requireNonNull(id, "id == null");
        if (kind.isBlank() || kind.length() > MAX_KIND) {
            throw new IllegalArgumentException("kind must be 1-" + MAX_KIND + " characters");
        }
        if (id.length() > MAX_ID) {
            throw new IllegalArgumentException("id must be at most " + MAX_ID + " characters");
        }
    }

    /** The arguments of {@code claimDue}, checked alike in every store. */
    static void checkClaim(java.time.Instant now, int limit, java.time.Duration lease) {
        Objects.requireNonNull(now, "now == null");
        Objects.requireNonNull(lease, "lease == null");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
        if (lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("lease must be positive");
        }
    }
}
