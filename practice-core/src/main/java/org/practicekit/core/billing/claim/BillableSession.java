package org.practicekit.core.billing.claim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.practicekit.core.Problems;
import org.practicekit.core.billing.CptSuggestion;
import org.practicekit.core.model.ClientId;
import org.practicekit.core.model.ClinicianId;
import org.practicekit.core.spi.EhrNote;

/**
 * What billing needs from a signed progress note: the note itself (its id is the claim's key), the CPT
 * suggestion the clinician confirmed when signing (codes, units, modifiers, place of service) and the
 * ICD-10 diagnoses the note documents. The notes module hands one out for each signed note
 * ({@code NoteBook.billableSession}); {@link Claim.Builder#billableSession} turns it into a claim draft.
 * Immutable; {@link #toString()} shows ids only.
 */
public final class BillableSession {
    private final EhrNote note;
    private final CptSuggestion suggestion;
    private final List<String> confirmedCodes;
    private final List<String> diagnosisCodes;

    private BillableSession(Builder b) {
        Problems p = Problems.of("billable session");
        p.require(b.note != null, "note", "is required");
        if (b.note != null) {
            p.require(b.note.kind() == EhrNote.Kind.PROGRESS_NOTE && b.note.amendsNoteId().isEmpty(), "note",
                    "must be a signed progress note (not an addendum or a psychotherapy note)");
        }
        if (p.require(b.suggestion != null, "suggestion", "is required (the CPT suggestion the clinician confirmed)")) {
            p.require(b.suggestion.billable(), "suggestion", "is not billable");
            p.require(new TreeSet<>(b.suggestion.codes()).equals(new TreeSet<>(b.confirmedCodes)), "confirmedCodes",
                    "must be the codes of the suggestion the clinician confirmed");
        }
        p.require(!b.diagnosisCodes.isEmpty(), "diagnosisCodes", "at least one diagnosis is required");
        p.throwIfAny();
        this.note = b.note;
        this.suggestion = b.suggestion;
        this.confirmedCodes = List.copyOf(b.confirmedCodes);
        this.diagnosisCodes = List.copyOf(b.diagnosisCodes);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.note = note;
        b.suggestion = suggestion;
        b.confirmedCodes.addAll(confirmedCodes);
        b.diagnosisCodes.addAll(diagnosisCodes);
        return b;
    }

    /** The signed progress note, exactly as exported to the EHR. */
    public EhrNote note() {
        return note;
    }

    public String noteId() {
        return note.noteId();
    }

    public ClientId clientId() {
        return note.clientId();
    }

    public ClinicianId clinicianId() {
        return note.clinicianId();
    }

    public LocalDate serviceDate() {
        return note.sessionDate();
    }

    /** The CPT suggestion the clinician confirmed. */
    public CptSuggestion suggestion() {
        return suggestion;
    }

    /** The codes the clinician confirmed at signing (the suggestion's codes). */
    public List<String> confirmedCodes() {
        return confirmedCodes;
    }

    /** ICD-10-CM codes documented in the note, primary first. */
    public List<String> diagnosisCodes() {
        return diagnosisCodes;
    }

    /** The place of service the suggestion chose (11 office, 10 telehealth at home, ...). */
    public String placeOfService() {
        return suggestion.placeOfService();
    }

    /** The first confirmed code: the one a prior authorization is checked against. */
    public String primaryCode() {
        return suggestion.lines().get(0).code();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BillableSession b && note.equals(b.note) && suggestion.equals(b.suggestion)
                && confirmedCodes.equals(b.confirmedCodes) && diagnosisCodes.equals(b.diagnosisCodes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(note, suggestion, confirmedCodes, diagnosisCodes);
    }

    @Override
    public String toString() {
        return "BillableSession[" + note.noteId() + ", " + note.clientId() + ", " + String.join("+", confirmedCodes) + "]";
    }

    /** Builds a {@link BillableSession}; {@link #build()} names every problem at once. */
    public static final class Builder {
        private EhrNote note;
        private CptSuggestion suggestion;
        private final List<String> confirmedCodes = new ArrayList<>();
        private final List<String> diagnosisCodes = new ArrayList<>();

        private Builder() {
        }

        public Builder note(EhrNote note) {
            this.note = Objects.requireNonNull(note, "note == null");
            return this;
        }

        public Builder suggestion(CptSuggestion suggestion) {
            this.suggestion = Objects.requireNonNull(suggestion, "suggestion == null");
            return this;
        }

        public Builder confirmedCodes(List<String> codes) {
            confirmedCodes.clear();
            codes.forEach(c -> confirmedCodes.add(Objects.requireNonNull(c, "code == null")));
            return this;
        }

        public Builder addDiagnosis(String icd10) {
            diagnosisCodes.add(Objects.requireNonNull(icd10, "icd10 == null"));
            return this;
        }

        /** @throws org.practicekit.core.ValidationException naming every problem */
        public BillableSession build() {
            return new BillableSession(this);
        }
    }
}
