package org.practicekit.notes.lifecycle;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.practicekit.core.billing.CptSuggestion;
import org.practicekit.core.model.ClientId;
import org.practicekit.core.model.ClinicianId;
import org.practicekit.notes.DrafterKind;
import org.jspecify.annotations.Nullable;

/**
 * A progress note as the note book holds it: draft or edited sections, tracked edits, the attached
 * CPT suggestion, and once signed the frozen content with its signature. Immutable snapshot; the
 * {@link NoteBook} makes changes.
 */
public final class ProgressNote {
    private final String id;
    private final NoteStatus status;
    private final ClientId clientId;
    private final ClinicianId clinicianId;
    private final String formatName;
    private final List<NoteSectionText> sections;
    private final DrafterKind writtenBy;
    private final String drafterName;
    private final @Nullable String fallbackReason;
    private final String provenance;
    private final List<NoteEdit> edits;
    private final DocumentedSession session;
    private final @Nullable CptSuggestion cpt;
    private final List<String> confirmedCodes;
    private final @Nullable String signedContent;
    private final @Nullable Signature signature;
    private final @Nullable String amendsNoteId;
    private final boolean exported;

    ProgressNote(String id, NoteStatus status, ClientId clientId, ClinicianId clinicianId, String formatName,
            List<NoteSectionText> sections, DrafterKind writtenBy, String drafterName, @Nullable String fallbackReason,
            String provenance, List<NoteEdit> edits, DocumentedSession session, @Nullable CptSuggestion cpt,
            List<String> confirmedCodes, @Nullable String signedContent, @Nullable Signature signature,
            @Nullable String amendsNoteId,
            boolean exported) {
        this.id = Objects.requireNonNull(id, "id == null");
        this.status = Objects.requireNonNull(status, "status == null");
        this.clientId = Objects.requireNonNull(clientId, "clientId == null");
        this.clinicianId = Objects.requireNonNull(clinicianId, "clinicianId == null");
        this.formatName = Objects.requireNonNull(formatName, "formatName == null");
        this.sections = List.copyOf(sections);
        this.writtenBy = Objects.requireNonNull(writtenBy, "writtenBy == null");
        this.drafterName = Objects.requireNonNull(drafterName, "drafterName == null");
        this.fallbackReason = fallbackReason;
        this.provenance = Objects.requireNonNull(provenance, "provenance == null");
        this.edits = List.copyOf(edits);
        this.session = Objects.requireNonNull(session, "session == null");
        this.cpt = cpt;
        this.confirmedCodes = List.copyOf(confirmedCodes);
        this.signedContent = signedContent;
        this.signature = signature;
        this.amendsNoteId = amendsNoteId;
        this.exported = exported;
    }

    /** Stable id: the EHR export is idempotent on it. */
    public String id() {
        return id;
    }

    public NoteStatus status() {
        return status;
    }

    public ClientId clientId() {
        return clientId;
    }

    public ClinicianId clinicianId() {
        return clinicianId;
    }

    /** "SOAP", "DAP"…, or "Addendum". */
    public String formatName() {
        return formatName;
    }

    public List<NoteSectionText> sections() {
        return sections;
    }

    /** Which drafter wrote the first draft. */
    public DrafterKind writtenBy() {
        return writtenBy;
    }

    public String drafterName() {
        return drafterName;
    }

    /** Why the offline draft replaced the requested drafter's, if it did. */
    public Optional<String> fallbackReason() {
        return Optional.ofNullable(fallbackReason);
    }

    /** Every tracked edit, oldest first. */
    public List<NoteEdit> edits() {
        return edits;
    }

    public DocumentedSession session() {
        return session;
    }

    /** The CPT suggestion attached for the clinician to confirm. */
    public Optional<CptSuggestion> cptSuggestion() {
        return Optional.ofNullable(cpt);
    }

    /** The codes the clinician confirmed at signing. */
    public List<String> confirmedCodes() {
        return confirmedCodes;
    }

    public Optional<Signature> signature() {
        return Optional.ofNullable(signature);
    }

    /** For an addendum: the note it amends. */
    public Optional<String> amendsNoteId() {
        return Optional.ofNullable(amendsNoteId);
    }

    /** True once the EHR acknowledged the signed note. */
    public boolean exported() {
        return exported;
    }

    public boolean isSigned() {
        return status == NoteStatus.SIGNED;
    }

    /** The note's text: frozen when signed, otherwise the current sections with the provenance line. */
    public String content() {
        if (signedContent != null) {
            return signedContent;
        }
        return render(sections, provenance);
    }

    static String render(List<NoteSectionText> sections, String provenance) {
        StringBuilder out = new StringBuilder();
        for (NoteSectionText s : sections) {
            if (s.heading().length() <= 3 && s.heading().endsWith(":")) {
                out.append(s.heading()).append(' ').append(s.text()).append("\n\n");
            } else {
                out.append(s.heading()).append('\n').append(s.text()).append("\n\n");
            }
        }
        if (!provenance.isEmpty()) {
            out.append(provenance).append('\n');
        }
        return out.toString();
    }

    String provenance() {
        return provenance;
    }

    /** The sections' text with headings, without provenance or signature lines (what style learns from). */
    public String body() {
        return render(sections, "");
    }

    /**
     * True when the note is signed and its content still matches the SHA-256 taken at signing:
     * the note was not altered after the signature.
     */
    public boolean hashVerifies() {
        return signature != null && signedContent != null && sha256(signedContent).equals(signature.contentSha256());
    }

    static String sha256(String text) {
        return org.practicekit.core.Sha256.hex(text);
    }

    @Override
    public String toString() {
        return "ProgressNote[" + id + ", " + status + ", " + clientId + "]";
    }
}
