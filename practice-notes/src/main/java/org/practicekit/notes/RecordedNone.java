package org.practicekit.notes;

import java.util.Objects;

/**
 * A list field the clinician filled in as none ("medications: none", "no current meds", "homework - none"): a fact
 * the clinician recorded, which the note states, never an empty field it leaves out.
 *
 * @param field the field's path ("medications", "homework")
 * @param typed what the clinician typed, as typed
 */
public record RecordedNone(String field, String typed) {
    public RecordedNone {
        field = Objects.requireNonNull(field, "field == null").strip();
        typed = Objects.requireNonNull(typed, "typed == null").strip();
    }
}
