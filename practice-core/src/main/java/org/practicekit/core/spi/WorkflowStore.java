package org.practicekit.core.spi;

import java.util.List;
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
}
