package org.practicekit.notes;

import java.util.Objects;

/**
 * One problem the verifier found, written for the reviewing clinician.
 *
 * @param kind what is wrong
 * @param sectionKey the section concerned, or "" for the whole draft
 * @param message a sentence a reviewer reads ("Homework item 1 does not appear in the draft.");
 *     may quote the draft, so it is shown to the clinician and never logged
 */
public record Finding(FindingKind kind, String sectionKey, String message) {
    public Finding {
        Objects.requireNonNull(kind, "kind == null");
        Objects.requireNonNull(sectionKey, "sectionKey == null");
        Objects.requireNonNull(message, "message == null");
    }

    @Override
    public String toString() {
        return kind + (sectionKey.isEmpty() ? "" : " in " + sectionKey) + ": " + message;
    }
}
