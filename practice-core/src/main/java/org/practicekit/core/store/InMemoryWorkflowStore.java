package org.practicekit.core.store;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ConcurrentSkipListMap;
import org.practicekit.core.VersionConflictException;
import org.practicekit.core.spi.StoredRecord;
import org.practicekit.core.spi.WorkflowStore;

/**
 * The embedded default {@link WorkflowStore}: thread-safe, optimistic versions, gone when the JVM
 * exits. Use the JDBC store to survive restarts or share state between app instances.
 */
public final class InMemoryWorkflowStore implements WorkflowStore {
    private final Clock clock;
    private final ConcurrentMap<String, ConcurrentSkipListMap<String, StoredRecord>> kinds = new ConcurrentHashMap<>();

    public InMemoryWorkflowStore() {
        this(Clock.systemUTC());
    }

    public InMemoryWorkflowStore(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock == null");
    }

    private ConcurrentSkipListMap<String, StoredRecord> kind(String kind) {
        StoreKeys.check(kind, "");
        return kinds.computeIfAbsent(kind, k -> new ConcurrentSkipListMap<>());
    }

    @Override
    public Optional<StoredRecord> read(String kind, String id) {
        StoreKeys.check(kind, id);
        return Optional.ofNullable(kind(kind).get(id));
    }

    @Override
    public StoredRecord insert(String kind, String id, String payload) {
        StoreKeys.check(kind, id);
        Objects.requireNonNull(payload, "payload == null");
        StoredRecord created = new StoredRecord(kind, id, 1, payload, clock.instant());
        if (kind(kind).putIfAbsent(id, created) != null) {
            throw new VersionConflictException(kind, id, 0);
        }
        return created;
    }

    @Override
    public StoredRecord update(String kind, String id, long expectedVersion, String payload) {
        StoreKeys.check(kind, id);
        Objects.requireNonNull(payload, "payload == null");
        ConcurrentSkipListMap<String, StoredRecord> records = kind(kind);
        StoredRecord current = records.get(id);
        if (current == null || current.version() != expectedVersion) {
            throw new VersionConflictException(kind, id, expectedVersion);
        }
        StoredRecord next = new StoredRecord(kind, id, expectedVersion + 1, payload, clock.instant());
        if (!records.replace(id, current, next)) {
            throw new VersionConflictException(kind, id, expectedVersion);
        }
        return next;
    }

    @Override
    public boolean delete(String kind, String id, long expectedVersion) {
        StoreKeys.check(kind, id);
        ConcurrentSkipListMap<String, StoredRecord> records = kind(kind);
        StoredRecord current = records.get(id);
        if (current == null) {
            return false;
        }
        if (current.version() != expectedVersion || !records.remove(id, current)) {
            throw new VersionConflictException(kind, id, expectedVersion);
        }
        return true;
    }

    @Override
    public List<StoredRecord> list(String kind) {
        return new ArrayList<>(kind(kind).values());
    }
}
