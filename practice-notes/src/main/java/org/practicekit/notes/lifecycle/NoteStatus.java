package org.practicekit.notes.lifecycle;

/** Where a progress note is in its life. Only SIGNED notes are part of the record. */
public enum NoteStatus {
    /** As the drafter wrote it. */
    DRAFT,
    /** Changed by the clinician; every change is tracked. */
    EDITED,
    /** Signed: immutable; changes are addenda. */
    SIGNED
}
