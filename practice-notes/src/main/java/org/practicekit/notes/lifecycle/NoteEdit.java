package org.practicekit.notes.lifecycle;

import java.time.Instant;
import java.util.Objects;
import org.practicekit.core.model.ClinicianId;

/**
 * One tracked change to a draft section: who, when, and the text before and after.
 *
 * @param at when
 * @param editor who changed it
 * @param sectionKey which section
 * @param before the section text before
 * @param after the section text after
 */
public record NoteEdit(Instant at, ClinicianId editor, String sectionKey, String before, String after) {
    public NoteEdit {
        Objects.requireNonNull(at, "at == null");
        Objects.requireNonNull(editor, "editor == null");
        Objects.requireNonNull(sectionKey, "sectionKey == null");
        Objects.requireNonNull(before, "before == null");
        Objects.requireNonNull(after, "after == null");
    }

    /** Section key and time only: the text is PHI. */
    @Override
    public String toString() {
        return "NoteEdit[" + sectionKey + " by " + editor + " at " + at + "]";
    }
}
