package org.practicekit.notes.lifecycle;

import org.practicekit.core.NonRetriableException;

/** A signed note was asked to change. Signed notes are immutable; write an addendum instead. */
public final class NoteLockedException extends NonRetriableException {
    private static final long serialVersionUID = 1L;

    public NoteLockedException(String noteId) {
        super("note " + noteId + " is signed and cannot be changed; add an addendum instead");
    }
}
