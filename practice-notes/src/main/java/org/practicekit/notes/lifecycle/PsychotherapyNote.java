package org.practicekit.notes.lifecycle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.practicekit.core.model.ClientId;
import org.practicekit.core.model.ClinicianId;

/**
 * A psychotherapy (process) note: the clinician's own notes on the session's conversation, kept
 * apart from the progress note and the record (45 CFR 164.501). Never drafted from, never sent to
 * a model, and exported only when its author explicitly asks.
 *
 * @param id the note's id
 * @param clientId whose session
 * @param author the clinician who wrote it (the only one who may read or release it)
 * @param sessionDate the session
 * @param writtenAt when it was written
 * @param text the note
 */
public record PsychotherapyNote(String id, ClientId clientId, ClinicianId author, LocalDate sessionDate,
        Instant writtenAt, String text) {
    public PsychotherapyNote {
        Objects.requireNonNull(id, "id == null");
        Objects.requireNonNull(clientId, "clientId == null");
        Objects.requireNonNull(author, "author == null");
        Objects.requireNonNull(sessionDate, "sessionDate == null");
        Objects.requireNonNull(writtenAt, "writtenAt == null");
        Objects.requireNonNull(text, "text == null");
    }

    /** Ids only: the text is the most private PHI there is. */
    @Override
    public String toString() {
        return "PsychotherapyNote[" + id + ", " + clientId + ", " + author + "]";
    }
}
