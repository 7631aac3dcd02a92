package org.practicekit.core.spi;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.practicekit.core.model.ClientId;
import org.practicekit.core.model.ClinicianId;

/**
 * A signed clinical note on its way to the EHR. Only signed notes are exported; an addendum names
 * the note it amends. Psychotherapy (process) notes are exported only when the clinician asked, and
 * the adapter labels them so the EHR keeps them apart.
 */
public final class EhrNote {
    /** Progress notes belong to the record; psychotherapy notes are the clinician's private notes. */
    public enum Kind { PROGRESS_NOTE, PSYCHOTHERAPY_NOTE }

    private final String noteId;
    private final Kind kind;
    private final ClientId clientId;
    private final ClinicianId clinicianId;
    private final String signerDisplay;
    private final LocalDate sessionDate;
    private final Instant signedAt;
    private final String title;
    private final String content;
    private final String contentSha256;
    private final String amendsNoteId;

    private EhrNote(Builder b) {
        this.noteId = Objects.requireNonNull(b.noteId, "noteId == null");
        this.kind = Objects.requireNonNull(b.kind, "kind == null");
        this.clientId = Objects.requireNonNull(b.clientId, "clientId == null");
        this.clinicianId = Objects.requireNonNull(b.clinicianId, "clinicianId == null");
        this.signerDisplay = Objects.requireNonNull(b.signerDisplay, "signerDisplay == null");
        this.sessionDate = Objects.requireNonNull(b.sessionDate, "sessionDate == null");
        this.signedAt = Objects.requireNonNull(b.signedAt, "signedAt == null");
        this.title = Objects.requireNonNull(b.title, "title == null");
        this.content = Objects.requireNonNull(b.content, "content == null");
        this.contentSha256 = Objects.requireNonNull(b.contentSha256, "contentSha256 == null");
        this.amendsNoteId = b.amendsNoteId;
        if (!contentSha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("contentSha256 must be 64 lowercase hex characters");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.noteId = noteId;
        b.kind = kind;
        b.clientId = clientId;
        b.clinicianId = clinicianId;
        b.signerDisplay = signerDisplay;
        b.sessionDate = sessionDate;
        b.signedAt = signedAt;
        b.title = title;
        b.content = content;
        b.contentSha256 = contentSha256;
        b.amendsNoteId = amendsNoteId;
        return b;
    }

    /** Stable id of the signed note; the export is idempotent on it. */
    public String noteId() {
        return noteId;
    }

    public Kind kind() {
        return kind;
    }

    public ClientId clientId() {
        return clientId;
    }

    public ClinicianId clinicianId() {
        return clinicianId;
    }

    /** Signer as shown under the note: "Dana Whitfield, LCSW". */
    public String signerDisplay() {
        return signerDisplay;
    }

    public LocalDate sessionDate() {
        return sessionDate;
    }

    public Instant signedAt() {
        return signedAt;
    }

    public String title() {
        return title;
    }

    /** The signed text, exactly as signed. */
    public String content() {
        return content;
    }

    /** Hex SHA-256 of the UTF-8 content; the EHR can verify the note was not altered. */
    public String contentSha256() {
        return contentSha256;
    }

    /** For an addendum: the note it amends. */
    public Optional<String> amendsNoteId() {
        return Optional.ofNullable(amendsNoteId);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof EhrNote)) {
            return false;
        }
        EhrNote n = (EhrNote) o;
        return noteId.equals(n.noteId) && kind == n.kind && clientId.equals(n.clientId)
                && clinicianId.equals(n.clinicianId) && signerDisplay.equals(n.signerDisplay)
                && sessionDate.equals(n.sessionDate) && signedAt.equals(n.signedAt) && title.equals(n.title)
                && content.equals(n.content) && contentSha256.equals(n.contentSha256)
                && Objects.equals(amendsNoteId, n.amendsNoteId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(noteId, kind, clientId, clinicianId, signerDisplay, sessionDate, signedAt, title, content,
                contentSha256, amendsNoteId);
    }

    @Override
    public String toString() {
        return "EhrNote[" + noteId + ", " + kind + ", " + clientId + "]";
    }

    /** Builds an {@link EhrNote}. All fields except amendsNoteId are required. */
    public static final class Builder {
        private String noteId;
        private Kind kind = Kind.PROGRESS_NOTE;
        private ClientId clientId;
        private ClinicianId clinicianId;
        private String signerDisplay;
        private LocalDate sessionDate;
        private Instant signedAt;
        private String title;
        private String content;
        private String contentSha256;
        private String amendsNoteId;

        private Builder() {
        }

        public Builder noteId(String noteId) {
            this.noteId = Objects.requireNonNull(noteId, "noteId == null");
            return this;
        }

        public Builder kind(Kind kind) {
            this.kind = Objects.requireNonNull(kind, "kind == null");
            return this;
        }

        public Builder clientId(ClientId clientId) {
            this.clientId = Objects.requireNonNull(clientId, "clientId == null");
            return this;
        }

        public Builder clinicianId(ClinicianId clinicianId) {
            this.clinicianId = Objects.requireNonNull(clinicianId, "clinicianId == null");
            return this;
        }

        public Builder signerDisplay(String signerDisplay) {
            this.signerDisplay = Objects.requireNonNull(signerDisplay, "signerDisplay == null");
            return this;
        }

        public Builder sessionDate(LocalDate sessionDate) {
            this.sessionDate = Objects.requireNonNull(sessionDate, "sessionDate == null");
            return this;
        }

        public Builder signedAt(Instant signedAt) {
            this.signedAt = Objects.requireNonNull(signedAt, "signedAt == null");
            return this;
        }

        public Builder title(String title) {
            this.title = Objects.requireNonNull(title, "title == null");
            return this;
        }

        public Builder content(String content) {
            this.content = Objects.requireNonNull(content, "content == null");
            return this;
        }

        public Builder contentSha256(String contentSha256) {
            this.contentSha256 = Objects.requireNonNull(contentSha256, "contentSha256 == null");
            return this;
        }

        public Builder amendsNoteId(String amendsNoteId) {
            this.amendsNoteId = Objects.requireNonNull(amendsNoteId, "amendsNoteId == null");
            return this;
        }

        public EhrNote build() {
            return new EhrNote(this);
        }
    }
}
