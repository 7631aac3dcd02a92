package org.practicekit.x12.eligibility.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.practicekit.core.Sha256;
import org.practicekit.core.spi.EligibilityRequest;
import org.practicekit.core.spi.EligibilityResult;

/**
 * Payer answers per member and service date, for a limited time and a limited number of members (the
 * least recently used go first). Keys are SHA-256 hashes of the payer, member id, client and date, so
 * the cache holds no member id or name in the clear. Thread-safe.
 */
public final class AnswerCache {
    private record Entry(EligibilityResult result, Instant expires) {
    }

    private final Duration lifetime;
    private final Map<String, Entry> entries;

    public AnswerCache(Duration lifetime, int capacity) {
        this.lifetime = lifetime;
        this.entries = new LinkedHashMap<>(64, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The key of a question: who (payer, member, client) and for which date and service types. */
    public static String key(EligibilityRequest r, String serviceTypes) {
        return Sha256.hex(String.join("|", r.coverage().payerId(), r.coverage().memberId(), r.client().id().value(),
                r.client().birthDate().map(Object::toString).orElse(""), r.serviceDate().toString(), serviceTypes));
    }

    public synchronized Optional<EligibilityResult> get(String key, Instant now) {
        Entry e = entries.get(key);
        if (e == null || !now.isBefore(e.expires())) {
            entries.remove(key);
            return Optional.empty();
        }
        return Optional.of(e.result());
    }

    public synchronized void put(String key, EligibilityResult result, Instant now) {
        if (!lifetime.isZero()) {
            entries.put(key, new Entry(result, now.plus(lifetime)));
        }
    }
}
