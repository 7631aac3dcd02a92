package org.practicekit.core.spi;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Durable workflow state with an optimistic version per record, so several app instances can work
 * the same records: the second of two concurrent writers gets a
 * {@link org.practicekit.core.VersionConflictException}, re-reads and applies its change again.
 *
 * <p>Contract (checked by {@code WorkflowStoreContract} in practice-testing):
 * <ul>
 *   <li>{@code insert} creates version 1, or throws a version conflict if the record exists;</li>
 *   <li>{@code update} succeeds only when {@code expectedVersion} is the current version, and then
 *       stores version {@code expectedVersion + 1}; otherwise it throws and changes nothing;</li>
 *   <li>each call is atomic; implementations are thread-safe.</li>
 * </ul>
 * Kinds and ids are at most 64 and 128 characters.
 *
 * <p><b>Due index.</b> Writes may say when the record is next due ({@link NextDue}); a write that says
 * nothing means "due on every call", so records of engines that do not tell are never missed.
 * {@link #due(String, Instant)} reads only records due by then, and never a closed one, and
 * {@link #claimDue(String, Instant, int, Duration)} also leases what it returns, so several app instances
 * share due work instead of all reading the same rows. Stores written before this index existed keep
 * working: the defaults below fall back to {@link #list(String)} (every record, as before), and the
 * JDBC store treats rows written before the index as due on every call until they are next written.
 */
public interface WorkflowStore {
    /** The record, if present. */
    Optional<StoredRecord> read(String kind, String id);

    /** Creates a record at version 1. */
    StoredRecord insert(String kind, String id, String payload);

    /** Replaces the payload if the stored version is {@code expectedVersion}. */
    StoredRecord update(String kind, String id, long expectedVersion, String payload);

    /** Deletes the record if the stored version is {@code expectedVersion}; false if it was absent. */
    boolean delete(String kind, String id, long expectedVersion);

    /** Every record of one kind, ordered by id. */
    List<StoredRecord> list(String kind);

    /**
     * Creates a record at version 1, due at {@code due}. Default: ignores the due time (a store without
     * a due index returns every record from {@link #due}).
     */
    default StoredRecord insert(String kind, String id, String payload, NextDue due) {
        Objects.requireNonNull(due, "due == null");
        return insert(kind, id, payload);
    }

    /** Replaces the payload and the due time if the stored version is {@code expectedVersion}. */
    default StoredRecord update(String kind, String id, long expectedVersion, String payload, NextDue due) {
        Objects.requireNonNull(due, "due == null");
        return update(kind, id, expectedVersion, payload);
    }

    /**
     * The records of one kind due at or before {@code now}, earliest first (then by id); never a closed
     * one. The caller still decides from the payload what is due: a store may return more than is due
     * (the default returns every record of the kind), never less.
     */
    default List<StoredRecord> due(String kind, Instant now) {
        Objects.requireNonNull(now, "now == null");
        return list(kind);
    }

    /**
     * Takes up to {@code limit} due records for this instance: each is hidden from every other
     * {@code due} and {@code claimDue} call until {@code now + lease}, so instances share the due work
     * instead of racing for it. The caller handles each record and writes it back with its next due
     * time, which ends the lease; a record whose handler crashed is due again when the lease runs out.
     * Leasing does not change a record's version. Default (a store without leases): the first
     * {@code limit} records {@link #due} returns, hidden from nobody.
     */
    default List<StoredRecord> claimDue(String kind, Instant now, int limit, Duration lease) {
        Objects.requireNonNull(lease, "lease == null");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
        List<StoredRecord> due = due(kind, now);
        return due.size() <= limit ? due : List.copyOf(due.subList(0, limit));
    }
}
