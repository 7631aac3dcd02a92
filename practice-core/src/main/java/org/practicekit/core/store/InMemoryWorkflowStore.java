package org.practicekit.core.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.practicekit.core.VersionConflictException;
import org.practicekit.core.spi.NextDue;
import org.practicekit.core.spi.StoredRecord;
import org.practicekit.core.spi.WorkflowStore;

/**
 * The embedded default {@link WorkflowStore}: thread-safe, optimistic versions, a due index with
 * leases like the JDBC store's, gone when the JVM exits. Use the JDBC store to survive restarts or share
 * state between app instances.
 */
public final class InMemoryWorkflowStore implements WorkflowStore {
    /** One index entry: a record's due time and id, ordered as {@code due} returns them. */
    private record DueEntry(Instant at, String id) {
        static final Comparator<DueEntry> ORDER = Comparator.comparing(DueEntry::at).thenComparing(DueEntry::id);
    }

    /** The records of one kind and their due index, guarded by the shelf's own lock. */
    private static final class Shelf {
        final TreeMap<String, StoredRecord> records = new TreeMap<>();
        final Map<String, Instant> dueById = new HashMap<>();
        final TreeSet<DueEntry> index = new TreeSet<>(DueEntry.ORDER);

        void setDue(String id, NextDue due) {
            Instant old = dueById.remove(id);
            if (old != null) {
                index.remove(new DueEntry(old, id));
            }
            if (!due.isClosed()) {
                dueById.put(id, due.at().get());
                index.add(new DueEntry(due.at().get(), id));
            }
        }
    }

    private final Clock clock;
    private final ConcurrentMap<String, Shelf> kinds = new ConcurrentHashMap<>();

    public InMemoryWorkflowStore() {
        this(Clock.systemUTC());
    }

    public InMemoryWorkflowStore(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock == null");
    }

    private Shelf shelf(String kind) {
        StoreKeys.check(kind, "");
        return kinds.computeIfAbsent(kind, k -> new Shelf());
    }

    @Override
    public Optional<StoredRecord> read(String kind, String id) {
        StoreKeys.check(kind, id);
        Shelf shelf = shelf(kind);
        synchronized (shelf) {
            return Optional.ofNullable(shelf.records.get(id));
        }
    }

    @Override
    public StoredRecord insert(String kind, String id, String payload) {
        return insert(kind, id, payload, NextDue.always());
    }

    @Override
    public StoredRecord insert(String kind, String id, String payload, NextDue due) {
        StoreKeys.check(kind, id);
        Objects.requireNonNull(payload, "payload == null");
        Objects.requireNonNull(due, "due == null");
        Shelf shelf = shelf(kind);
        synchronized (shelf) {
            if (shelf.records.containsKey(id)) {
                throw new VersionConflictException(kind, id, 0);
            }
            StoredRecord created = new StoredRecord(kind, id, 1, payload, clock.instant());
            shelf.records.put(id, created);
            shelf.setDue(id, due);
            return created;
        }
    }

    @Override
    public StoredRecord update(String kind, String id, long expectedVersion, String payload) {
        return update(kind, id, expectedVersion, payload, NextDue.always());
    }

    @Override
    public StoredRecord update(String kind, String id, long expectedVersion, String payload, NextDue due) {
        StoreKeys.check(kind, id);
        Objects.requireNonNull(payload, "payload == null");
        Objects.requireNonNull(due, "due == null");
        Shelf shelf = shelf(kind);
        synchronized (shelf) {
            StoredRecord current = shelf.records.get(id);
            if (current == null || current.version() != expectedVersion) {
                throw new VersionConflictException(kind, id, expectedVersion);
            }
            StoredRecord next = new StoredRecord(kind, id, expectedVersion + 1, payload, clock.instant());
            shelf.records.put(id, next);
            shelf.setDue(id, due);
            return next;
        }
    }

    @Override
    public boolean delete(String kind, String id, long expectedVersion) {
        StoreKeys.check(kind, id);
        Shelf shelf = shelf(kind);
        synchronized (shelf) {
            StoredRecord current = shelf.records.get(id);
            if (current == null) {
                return false;
            }
            if (current.version() != expectedVersion) {
                throw new VersionConflictException(kind, id, expectedVersion);
            }
            shelf.records.remove(id);
            shelf.setDue(id, NextDue.closed());
            return true;
        }
    }

    @Override
    public List<StoredRecord> list(String kind) {
        Shelf shelf = shelf(kind);
        synchronized (shelf) {
            return new ArrayList<>(shelf.records.values());
        }
    }

    @Override
    public List<StoredRecord> due(String kind, Instant now) {
        Objects.requireNonNull(now, "now == null");
        Shelf shelf = shelf(kind);
        synchronized (shelf) {
            List<StoredRecord> out = new ArrayList<>();
            for (DueEntry e : shelf.index) {
                if (e.at().isAfter(now)) {
                    break;
                }
                out.add(shelf.records.get(e.id()));
            }
            return out;
        }
    }

    @Override
    public List<StoredRecord> claimDue(String kind, Instant now, int limit, Duration lease) {
        StoreKeys.checkClaim(now, limit, lease);
        Shelf shelf = shelf(kind);
        synchronized (shelf) {
            List<StoredRecord> claimed = new ArrayList<>();
            for (DueEntry e : shelf.index) {
                if (e.at().isAfter(now) || claimed.size() == limit) {
                    break;
                }
                claimed.add(shelf.records.get(e.id()));
            }
            for (StoredRecord r : claimed) {
                shelf.setDue(r.id(), NextDue.at(now.plus(lease)));
            }
            return claimed;
        }
    }
}
