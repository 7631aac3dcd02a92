package org.practicekit.core;

/**
 * Another writer updated a stored record since it was read. Re-read the record and apply the change
 * again; nothing was written by the failed call.
 */
public final class VersionConflictException extends RetriableException {
    private static final long serialVersionUID = 1L;

    private final String kind;
    private final String id;
    private final long expectedVersion;

    public VersionConflictException(String kind, String id, long expectedVersion) {
        super("version conflict on " + kind + "/" + id + ": expected version " + expectedVersion
                + " but the record has changed");
        this.kind = kind;
        this.id = id;
        this.expectedVersion = expectedVersion;
    }

    public String kind() {
        return kind;
    }

    public String id() {
        return id;
    }

    public long expectedVersion() {
        return expectedVersion;
    }
}
