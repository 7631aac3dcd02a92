package org.practicekit.core.billing.claim;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.practicekit.core.Problems;
import org.practicekit.core.ValidationException;
import org.practicekit.core.billing.CptLine;
import org.practicekit.core.billing.CptSuggestion;
import org.practicekit.core.billing.denial.DenialFlag;
import org.practicekit.core.model.ClientId;
import org.practicekit.core.model.ClinicianId;
import org.practicekit.core.model.Coverage;
import org.practicekit.core.model.Money;
import org.practicekit.core.spi.EhrNote;

/**
 * A professional claim for one session, built from a signed note, its confirmed CPT lines, the
 * diagnosis codes and the client's coverage. Immutable: each move in the lifecycle returns a new claim
 * with the change recorded in {@link #history()}. The claim id (the patient control number sent in
 * CLM01) defaults to a value derived from the note id, so building the claim twice for the same note
 * gives the same id and a retry never bills a session twice.
 */
public final class Claim {
    private final String id;
    private final String noteId;
    private final ClientId clientId;
    private final ClinicianId renderingClinician;
    private final String renderingNpi;
    private final Coverage coverage;
    private final LocalDate serviceDate;
    private final String placeOfService;
    private final List<String> diagnosisCodes;
    private final List<ClaimLine> lines;
    private final String priorAuthorization;
    private final ClaimFrequency frequency;
    private final String originalPayerClaimNumber;
    private final ClaimStatus status;
    private final List<StatusChange> history;
    private final Instant createdAt;
    private final Instant firstSubmittedAt;
    private final Money paid;
    private final Money patientResponsibility;
    private final Money writtenOff;
    private final String payerClaimNumber;
    private final List<DenialFlag> flags;

    private Claim(Builder b) {
        this.id = b.id != null ? b.id : idFor(b.noteId, b.frequency);
        this.noteId = b.noteId;
        this.clientId = b.clientId;
        this.renderingClinician = b.renderingClinician;
        this.renderingNpi = b.renderingNpi;
        this.coverage = b.coverage;
        this.serviceDate = b.serviceDate;
        this.placeOfService = b.placeOfService;
        this.diagnosisCodes = List.copyOf(b.diagnosisCodes);
        this.lines = List.copyOf(b.lines);
        this.priorAuthorization = b.priorAuthorization;
        this.frequency = b.frequency;
        this.originalPayerClaimNumber = b.originalPayerClaimNumber;
        this.status = b.status;
        this.history = List.copyOf(b.history);
        this.createdAt = b.createdAt;
        this.firstSubmittedAt = b.firstSubmittedAt;
        this.paid = b.paid;
        this.patientResponsibility = b.patientResponsibility;
        this.writtenOff = b.writtenOff;
        this.payerClaimNumber = b.payerClaimNumber;
        this.flags = List.copyOf(b.flags);
    }

    /** Starts a draft claim. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this claim, to derive a corrected or replacement claim. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.noteId = noteId;
        b.clientId = clientId;
        b.renderingClinician = renderingClinician;
        b.renderingNpi = renderingNpi;
        b.coverage = coverage;
        b.serviceDate = serviceDate;
        b.placeOfService = placeOfService;
        b.diagnosisCodes.addAll(diagnosisCodes);
        b.lines.addAll(lines);
        b.priorAuthorization = priorAuthorization;
        b.frequency = frequency;
        b.originalPayerClaimNumber = originalPayerClaimNumber;
        b.status = status;
        b.history.addAll(history);
        b.createdAt = createdAt;
        b.firstSubmittedAt = firstSubmittedAt;
        b.paid = paid;
        b.patientResponsibility = patientResponsibility;
        b.writtenOff = writtenOff;
        b.payerClaimNumber = payerClaimNumber;
        b.flags.addAll(flags);
        return b;
    }

    /**
     * The deterministic claim id for a note: "PK" and 18 hex characters of the note id's SHA-256
     * (20 characters, the length payers keep of CLM01). A replacement or void gets its own id.
     */
    public static String idFor(String noteId, ClaimFrequency frequency) {
        Objects.requireNonNull(noteId, "noteId == null");
        Objects.requireNonNull(frequency, "frequency == null");
        byte[] hash = org.practicekit.core.Sha256.digest(noteId + "|" + frequency.code());
        return "PK" + HexFormat.of().withUpperCase().formatHex(hash).substring(0, 18);
    }

    /** The patient control number (CLM01). */
    public String id() {
        return id;
    }

    /** The signed note the claim bills. */
    public String noteId() {
        return noteId;
    }

    public ClientId clientId() {
        return clientId;
    }

    public ClinicianId renderingClinician() {
        return renderingClinician;
    }

    public String renderingNpi() {
        return renderingNpi;
    }

    public Coverage coverage() {
        return coverage;
    }

    public LocalDate serviceDate() {
        return serviceDate;
    }

    public String placeOfService() {
        return placeOfService;
    }

    /** ICD-10-CM codes without the dot, primary first. */
    public List<String> diagnosisCodes() {
        return diagnosisCodes;
    }

    public List<ClaimLine> lines() {
        return lines;
    }

    public Optional<String> priorAuthorization() {
        return Optional.ofNullable(priorAuthorization);
    }

    public ClaimFrequency frequency() {
        return frequency;
    }

    /** For a replacement or void: the payer's claim number of the claim it replaces. */
    public Optional<String> originalPayerClaimNumber() {
        return Optional.ofNullable(originalPayerClaimNumber);
    }

    public ClaimStatus status() {
        return status;
    }

    public List<StatusChange> history() {
        return history;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> firstSubmittedAt() {
        return Optional.ofNullable(firstSubmittedAt);
    }

    /** The sum of the line charges (CLM02). */
    public Money totalCharge() {
        Money total = Money.zero();
        for (ClaimLine l : lines) {
            total = total.plus(l.charge());
        }
        return total;
    }

    /** What payers have paid so far. */
    public Money paid() {
        return paid;
    }

    /** What remittances assigned to the client (deductible, coinsurance, copay). */
    public Money patientResponsibility() {
        return patientResponsibility;
    }

    /** Contractual and other write-offs so far. */
    public Money writtenOff() {
        return writtenOff;
    }

    /** What the payer still owes an answer on: charge minus paid, client share and write-offs (never negative). */
    public Money outstanding() {
        Money rest = totalCharge().minus(paid).minus(patientResponsibility).minus(writtenOff);
        return rest.isNegative() ? Money.zero() : rest;
    }

    public Optional<String> payerClaimNumber() {
        return Optional.ofNullable(payerClaimNumber);
    }

    /** Flags raised by posted remittances, oldest first. */
    public List<DenialFlag> flags() {
        return flags;
    }

    /**
     * This claim moved to {@code target}.
     *
     * @throws ValidationException when the lifecycle does not allow the move
     */
    public Claim moveTo(ClaimStatus target, Instant at, String reason) {
        Objects.requireNonNull(target, "target == null");
        Objects.requireNonNull(at, "at == null");
        Objects.requireNonNull(reason, "reason == null");
        if (!status.canMoveTo(target)) {
            throw new ValidationException("claim status change",
                    List.of(new org.practicekit.core.FieldProblem("status", "cannot move from " + status + " to " + target)));
        }
        Builder b = toBuilder();
        b.status = target;
        b.history.add(new StatusChange(status, target, at, reason));
        if (target == ClaimStatus.SUBMITTED && firstSubmittedAt == null) {
            b.firstSubmittedAt = at;
        }
        return new Claim(b);
    }

    /** This claim with a remittance's amounts and flags added (status unchanged). */
    Claim withRemittance(Money paidNow, Money patientNow, Money writtenOffNow, String payerClaimNo, List<DenialFlag> newFlags) {
        Builder b = toBuilder();
        b.paid = paid.plus(paidNow);
        b.patientResponsibility = patientResponsibility.plus(patientNow);
        b.writtenOff = writtenOff.plus(writtenOffNow);
        if (payerClaimNo != null && !payerClaimNo.isEmpty()) {
            b.payerClaimNumber = payerClaimNo;
        }
        b.flags.addAll(newFlags);
        return new Claim(b);
    }

    /** A claim read back from the store: its billed contents in {@code contents}, its lifecycle and payments as saved. */
    static Claim restored(Builder contents, ClaimStatus status, List<StatusChange> history, Instant firstSubmittedAt,
            Money paid, Money patientResponsibility, Money writtenOff, String payerClaimNumber, List<DenialFlag> flags) {
        contents.status = status;
        contents.history.addAll(history);
        contents.firstSubmittedAt = firstSubmittedAt;
        contents.paid = paid;
        contents.patientResponsibility = patientResponsibility;
        contents.writtenOff = writtenOff;
        contents.payerClaimNumber = payerClaimNumber;
        contents.flags.addAll(flags);
        return contents.build();
    }

    /** Same claim contents (what would be billed), ignoring lifecycle and payments. */
    public boolean sameContentsAs(Claim o) {
        return id.equals(o.id) && noteId.equals(o.noteId) && clientId.equals(o.clientId)
                && renderingClinician.equals(o.renderingClinician) && renderingNpi.equals(o.renderingNpi)
                && coverage.equals(o.coverage) && serviceDate.equals(o.serviceDate)
                && placeOfService.equals(o.placeOfService) && diagnosisCodes.equals(o.diagnosisCodes)
                && lines.equals(o.lines) && Objects.equals(priorAuthorization, o.priorAuthorization)
                && frequency == o.frequency && Objects.equals(originalPayerClaimNumber, o.originalPayerClaimNumber);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Claim)) {
            return false;
        }
        Claim c = (Claim) o;
        return sameContentsAs(c) && status == c.status && history.equals(c.history) && createdAt.equals(c.createdAt)
                && Objects.equals(firstSubmittedAt, c.firstSubmittedAt) && paid.equals(c.paid)
                && patientResponsibility.equals(c.patientResponsibility) && writtenOff.equals(c.writtenOff)
                && Objects.equals(payerClaimNumber, c.payerClaimNumber) && flags.equals(c.flags);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, status, lines, paid);
    }

    @Override
    public String toString() {
        return "Claim[" + id + ", " + status + ", " + lines.size() + " lines, " + totalCharge() + "]";
    }

    /**
     * Builds a draft claim. Required: the signed note (or note id, client, clinician and service
     * date), rendering NPI, coverage, place of service, one to twelve diagnosis codes, one to fifty
     * lines, and createdAt. {@link #build()} checks everything at once.
     */
    public static final class Builder {
        private String id;
        private String noteId;
        private ClientId clientId;
        private ClinicianId renderingClinician;
        private String renderingNpi;
        private Coverage coverage;
        private LocalDate serviceDate;
        private String placeOfService;
        private final List<String> diagnosisCodes = new ArrayList<>();
        private final List<ClaimLine> lines = new ArrayList<>();
        private String priorAuthorization;
        private ClaimFrequency frequency = ClaimFrequency.ORIGINAL;
        private String originalPayerClaimNumber;
        private ClaimStatus status = ClaimStatus.DRAFT;
        private final List<StatusChange> history = new ArrayList<>();
        private Instant createdAt;
        private Instant firstSubmittedAt;
        private Money paid = Money.zero();
        private Money patientResponsibility = Money.zero();
        private Money writtenOff = Money.zero();
        private String payerClaimNumber;
        private final List<DenialFlag> flags = new ArrayList<>();
        private final List<String> pending = new ArrayList<>();

        private Builder() {
        }

        /** Overrides the derived claim id (CLM01). */
        public Builder id(String id) {
            this.id = Objects.requireNonNull(id, "id == null");
            return this;
        }

        /** Takes note id, client, rendering clinician and session date from a signed progress note. */
        public Builder signedNote(EhrNote note) {
            Objects.requireNonNull(note, "note == null");
            if (note.kind() != EhrNote.Kind.PROGRESS_NOTE) {
                pending.add("signedNote:a psychotherapy note is never the basis of a claim; use the progress note");
            }
            this.noteId = note.noteId();
            this.clientId = note.clientId();
            this.renderingClinician = note.clinicianId();
            this.serviceDate = note.sessionDate();
            return this;
        }

        /**
         * Takes everything a signed note gives billing: the note (id, client, clinician, service date), the
         * confirmed CPT lines charged from {@code feePerUnit} with their place of service, and the diagnoses.
         * The claim id stays derived from the note id, so opening it again finds the same claim.
         */
        public Builder billableSession(BillableSession session, Map<String, Money> feePerUnit) {
            Objects.requireNonNull(session, "session == null");
            signedNote(session.note());
            session.diagnosisCodes().forEach(this::addDiagnosis);
            return addSuggestion(session.suggestion(), feePerUnit);
        }

        public Builder noteId(String noteId) {
            this.noteId = Objects.requireNonNull(noteId, "noteId == null");
            return this;
        }

        public Builder clientId(ClientId clientId) {
            this.clientId = Objects.requireNonNull(clientId, "clientId == null");
            return this;
        }

        public Builder renderingClinician(ClinicianId clinician, String npi) {
            this.renderingClinician = Objects.requireNonNull(clinician, "clinician == null");
            this.renderingNpi = Objects.requireNonNull(npi, "npi == null");
            return this;
        }

        public Builder renderingNpi(String npi) {
            this.renderingNpi = Objects.requireNonNull(npi, "npi == null");
            return this;
        }

        public Builder coverage(Coverage coverage) {
            this.coverage = Objects.requireNonNull(coverage, "coverage == null");
            return this;
        }

        public Builder serviceDate(LocalDate serviceDate) {
            this.serviceDate = Objects.requireNonNull(serviceDate, "serviceDate == null");
            return this;
        }

        public Builder placeOfService(String placeOfService) {
            this.placeOfService = Objects.requireNonNull(placeOfService, "placeOfService == null");
            return this;
        }

        /** Adds an ICD-10-CM code (with or without the dot); the first added is the primary diagnosis. */
        public Builder addDiagnosis(String icd10) {
            Objects.requireNonNull(icd10, "icd10 == null");
            diagnosisCodes.add(icd10.strip().replace(".", "").toUpperCase(java.util.Locale.ROOT));
            return this;
        }

        public Builder addLine(ClaimLine line) {
            lines.add(Objects.requireNonNull(line, "line == null"));
            return this;
        }

        /**
         * Adds the confirmed suggestion's lines, charged per unit from {@code feePerUnit}, pointing to the
         * first diagnosis, and takes its place of service. A code missing from the fee schedule is a
         * problem reported by {@link #build()}.
         */
        public Builder addSuggestion(CptSuggestion suggestion, Map<String, Money> feePerUnit) {
            Objects.requireNonNull(suggestion, "suggestion == null");
            Objects.requireNonNull(feePerUnit, "feePerUnit == null");
            if (!suggestion.billable()) {
                pending.add("lines:the suggestion is not billable");
            }
            this.placeOfService = suggestion.placeOfService();
            for (CptLine l : suggestion.lines()) {
                Money fee = feePerUnit.get(l.code());
                if (fee == null) {
                    pending.add("lines:no fee for " + l.code() + " in the fee schedule");
                    continue;
                }
                lines.add(ClaimLine.of(l, new Money(Math.multiplyExact(fee.minorUnits(), l.units()), fee.currency())));
            }
            return this;
        }

        public Builder priorAuthorization(String number) {
            this.priorAuthorization = Objects.requireNonNull(number, "number == null");
            return this;
        }

        /** Marks the claim as a replacement (7) or void (8) of the payer's claim {@code originalPayerClaimNumber}. */
        public Builder replaces(ClaimFrequency frequency, String originalPayerClaimNumber) {
            this.frequency = Objects.requireNonNull(frequency, "frequency == null");
            this.originalPayerClaimNumber = Objects.requireNonNull(originalPayerClaimNumber, "originalPayerClaimNumber == null");
            return this;
        }

        public Builder createdAt(Instant createdAt) {
            this.createdAt = Objects.requireNonNull(createdAt, "createdAt == null");
            return this;
        }

        /**
         * Checks every field and builds the claim.
         *
         * @throws ValidationException naming every problem
         */
        public Claim build() {
            Problems problems = Problems.of("claim");
            for (String p : pending) {
                int colon = p.indexOf(':');
                problems.add(p.substring(0, colon), p.substring(colon + 1));
            }
            problems.require(noteId != null && !noteId.isBlank(), "noteId", "is required (a claim bills a signed note)");
            problems.require(clientId != null, "clientId", "is required");
            problems.require(renderingClinician != null, "renderingClinician", "is required");
            problems.require(renderingNpi != null && renderingNpi.matches("[0-9]{10}"), "renderingNpi",
                    "must be a 10-digit NPI");
            problems.require(coverage != null, "coverage", "is required");
            problems.require(serviceDate != null, "serviceDate", "is required");
            problems.require(createdAt != null, "createdAt", "is required");
            problems.require(placeOfService != null && placeOfService.matches("[0-9]{2}"), "placeOfService",
                    "must be a two-digit place of service");
            if (problems.require(!diagnosisCodes.isEmpty(), "diagnosisCodes", "needs at least one diagnosis")) {
                problems.require(diagnosisCodes.size() <= 12, "diagnosisCodes", "at most twelve diagnoses");
                for (int i = 0; i < diagnosisCodes.size(); i++) {
                    problems.require(diagnosisCodes.get(i).matches("[A-TV-Z][0-9][0-9A-Z]{1,5}"), "diagnosisCodes[" + i + "]",
                            "is not an ICD-10-CM code");
                }
            }
            if (problems.require(!lines.isEmpty() || pending.stream().anyMatch(p -> p.startsWith("lines:")) , "lines",
                    "needs at least one line")) {
                problems.require(lines.size() <= 50, "lines", "at most fifty lines");
                for (int i = 0; i < lines.size(); i++) {
                    for (int pointer : lines.get(i).diagnosisPointers()) {
                        problems.require(pointer <= diagnosisCodes.size(), "lines[" + i + "].diagnosisPointers",
                                "points past the last diagnosis");
                    }
                }
            }
            if (frequency != ClaimFrequency.ORIGINAL) {
                problems.require(originalPayerClaimNumber != null && !originalPayerClaimNumber.isBlank(),
                        "originalPayerClaimNumber", "is required for a replacement or void");
            }
            if (id != null) {
                problems.require(id.matches("[A-Za-z0-9-]{1,20}"), "id", "must be 1-20 letters, digits or dashes");
            }
            if (priorAuthorization != null) {
                problems.require(priorAuthorization.matches("[A-Za-z0-9-]{1,50}"), "priorAuthorization",
                        "must be letters, digits or dashes");
            }
            problems.throwIfAny();
            return new Claim(this);
        }
    }
}
