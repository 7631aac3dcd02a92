/**
 * From draft to signed note: the {@link org.practicekit.notes.lifecycle.NoteBook} keeps progress
 * notes through draft, tracked edits, pre-sign checks (diagnosis, goal, documented time, confirmed
 * CPT suggestion), signature with a SHA-256 of the content, immutable storage, addenda and EHR
 * export; psychotherapy (process) notes are kept apart.
 */
@NullMarked
package org.practicekit.notes.lifecycle;

import org.jspecify.annotations.NullMarked;
