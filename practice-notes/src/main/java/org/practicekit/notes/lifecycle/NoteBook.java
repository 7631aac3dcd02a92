package org.practicekit.notes.lifecycle;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.practicekit.core.FieldProblem;
import org.practicekit.core.NonRetriableException;
import org.practicekit.core.Problems;
import org.practicekit.core.RetriableException;
import org.practicekit.core.billing.CptSuggester;
import org.practicekit.core.billing.CptSuggestion;
import org.practicekit.core.billing.SessionFacts;
import org.practicekit.core.billing.Telehealth;
import org.practicekit.core.billing.claim.BillableSession;
import org.practicekit.core.event.WorkflowEvent;
import org.practicekit.core.model.ClientId;
import org.practicekit.core.model.Clinician;
import org.practicekit.core.model.ClinicianId;
import org.practicekit.core.model.Modality;
import org.practicekit.core.model.PayerKind;
import org.practicekit.core.practice.DueSource;
import org.practicekit.core.practice.Practice;
import org.practicekit.core.spi.AuditEvent;
import org.practicekit.core.spi.AuditLog;
import org.practicekit.core.spi.EhrAdapter;
import org.practicekit.core.spi.EhrNote;
import org.practicekit.core.spi.EhrReceipt;
import org.practicekit.core.spi.StoredRecord;
import org.practicekit.core.spi.WorkflowStore;
import org.practicekit.notes.DraftSection;
import org.practicekit.notes.DrafterKind;
import org.practicekit.notes.NoteDraft;
import org.practicekit.notes.StyleProfile;
import org.jspecify.annotations.Nullable;

/**
 * Keeps a practice's progress notes from draft to signed record: opens a draft, tracks every edit,
 * attaches the CPT suggestion for the clinician to confirm, runs the pre-sign checks (diagnosis,
 * treatment-plan goal, documented time and confirmed codes are consistent), signs with a SHA-256
 * of the exact content, refuses any later change ({@link NoteLockedException}), links addenda,
 * and exports signed notes to the EHR (idempotent on the note id). Psychotherapy (process) notes
 * are a separate kind, readable and releasable only by their author on explicit request.
 *
 * <p>A practice gets its note book with {@link #of(Practice)}; signed notes whose export failed are
 * exported again by {@link #due(Instant)}, which {@code practice.due(now)} includes.
 *
 * <p>State lives in the {@link WorkflowStore} (optimistic versions), so several app instances can
 * share it. Thread-safe; no threads of its own. Audit events carry ids, codes and hashes, never
 * note text.
 */
public final class NoteBook implements DueSource {
    static final String PROGRESS = "progress-note";
    static final String PSYCHOTHERAPY = "psychotherapy-note";
    private static final String PRACTICEKIT = "practicekit";
    private static final java.util.regex.Pattern GOAL_WORD = java.util.regex.Pattern.compile(
            "(?i)\\bgoals?\\b(?!-)");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm", Locale.US);

    private final WorkflowStore store;
    private final Clock clock;
    private final AuditLog audit;
    private final @Nullable EhrAdapter ehr;
    private final CptSuggester cpt;

    private NoteBook(Builder b) {
        this.store = b.store;
        this.clock = b.clock;
        this.audit = b.audit;
        this.ehr = b.ehr;
        this.cpt = b.cpt;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The practice's note book: built once per practice on its store, clock, audit log, EHR and CPT
     * suggester, and part of {@code practice.due(now)} from then on.
     */
    public static NoteBook of(Practice practice) {
        Objects.requireNonNull(practice, "practice == null");
        return practice.engine(NoteBook.class, p -> builder().store(p.store()).clock(p.clock()).audit(p.audit())
                .ehr(p.ehr()).cptSuggester(p.cptSuggester()).build());
    }

    /**
     * Exports again every signed note the EHR has not acknowledged (it was down when the note was
     * signed). A note the EHR still cannot take stays pending for the next call.
     */
    @Override
    public List<WorkflowEvent> due(Instant now) {
        List<WorkflowEvent> out = new ArrayList<>();
        for (ProgressNote n : pendingExports()) {
            try {
                export(n.id());
                out.add(new WorkflowEvent(now, "notes", n.id(), "note.exported",
                        "Signed note exported to the EHR after an earlier failure."));
            } catch (RetriableException e) {
                // The EHR is still down: the note stays pending for the next call.
            }
        }
        return out;
    }

    /**
     * Opens (or re-opens) the note for the draft's session. Re-drafting an unsigned note replaces
     * its text and clears its edits; a signed note is never replaced.
     *
     * @throws NoteLockedException when the session's note is already signed
     */
    public ProgressNote open(NoteDraft draft) {
        Objects.requireNonNull(draft, "draft == null");
        String id = "pn-" + ProgressNote.sha256(draft.prompt().clientId().value() + "|"
                + draft.prompt().clinicianId().value() + "|" + draft.prompt().date() + "|" + draft.prompt().start())
                .substring(0, 20);
        List<NoteSectionText> sections = new ArrayList<>();
        for (DraftSection s : draft.sections()) {
            sections.add(new NoteSectionText(s.key(), s.heading(), s.text()));
        }
        ProgressNote note = new ProgressNote(id, NoteStatus.DRAFT, draft.prompt().clientId(),
                draft.prompt().clinicianId(), draft.format().name(), sections, draft.writtenBy(), draft.drafterName(),
                draft.fallbackReason().orElse(null), draft.provenance(), List.of(),
                DocumentedSession.of(draft.prompt()), null, List.of(), null, null, null, false);
        Optional<StoredRecord> existing = store.read(PROGRESS, id);
        if (existing.isPresent()) {
            if (NoteCodec.decode(existing.get().payload()).isSigned()) {
                throw new NoteLockedException(id);
            }
            store.update(PROGRESS, id, existing.get().version(), NoteCodec.encode(note));
        } else {
            store.insert(PROGRESS, id, NoteCodec.encode(note));
        }
        record(PRACTICEKIT, "note.opened", note, "", Map.of("drafter", draft.drafterName(),
                "format", draft.format().id()));
        return note;
    }

    /** The note with this id. */
    public Optional<ProgressNote> find(String noteId) {
        return store.read(PROGRESS, noteId).map(r -> NoteCodec.decode(r.payload()));
    }

    /**
     * Replaces one section's text, tracking who changed what and when.
     *
     * @throws NoteLockedException when the note is signed
     * @throws org.practicekit.core.ValidationException for an unknown note or section, or blank text
     */
    public ProgressNote edit(String noteId, String sectionKey, String newText, ClinicianId editor) {
        Objects.requireNonNull(sectionKey, "sectionKey == null");
        Objects.requireNonNull(newText, "newText == null");
        Objects.requireNonNull(editor, "editor == null");
        StoredRecord r = require(noteId);
        ProgressNote n = NoteCodec.decode(r.payload());
        if (n.isSigned()) {
            throw new NoteLockedException(noteId);
        }
        Problems p = Problems.of("note edit");
        p.requireText(newText, "text");
        int index = -1;
        for (int i = 0; i < n.sections().size(); i++) {
            if (n.sections().get(i).key().equals(sectionKey)) {
                index = i;
            }
        }
        p.require(index >= 0, "section", "the note has no section " + sectionKey);
        p.throwIfAny();
        List<NoteSectionText> sections = new ArrayList<>(n.sections());
        NoteSectionText old = sections.get(index);
        sections.set(index, new NoteSectionText(old.key(), old.heading(), newText.strip()));
        List<NoteEdit> edits = new ArrayList<>(n.edits());
        edits.add(new NoteEdit(clock.instant(), editor, sectionKey, old.text(), newText.strip()));
        ProgressNote edited = new ProgressNote(n.id(), NoteStatus.EDITED, n.clientId(), n.clinicianId(),
                n.formatName(), sections, n.writtenBy(), n.drafterName(), n.fallbackReason().orElse(null),
                n.provenance(), edits, n.session(), n.cptSuggestion().orElse(null), n.confirmedCodes(), null, null,
                null, false);
        store.update(PROGRESS, noteId, r.version(), NoteCodec.encode(edited));
        record(editor.value(), "note.edited", edited, "", Map.of("section", sectionKey,
                "edits", String.valueOf(edits.size())));
        return edited;
    }

    /** Computes the CPT suggestion from the documented session and attaches it for the clinician to confirm. */
    public ProgressNote attachCptSuggestion(String noteId) {
        StoredRecord r = require(noteId);
        ProgressNote n = NoteCodec.decode(r.payload());
        if (n.isSigned()) {
            throw new NoteLockedException(noteId);
        }
        CptSuggestion suggestion = cpt.suggest(facts(n.session()));
        ProgressNote withCpt = new ProgressNote(n.id(), n.status(), n.clientId(), n.clinicianId(), n.formatName(),
                n.sections(), n.writtenBy(), n.drafterName(), n.fallbackReason().orElse(null), n.provenance(),
                n.edits(), n.session(), suggestion, List.of(), null, null, null, false);
        store.update(PROGRESS, noteId, r.version(), NoteCodec.encode(withCpt));
        record(PRACTICEKIT, "note.cpt.suggested", withCpt, "", Map.of("codes", String.join(",", suggestion.codes()),
                "pos", suggestion.placeOfService()));
        return withCpt;
    }

    private static SessionFacts facts(DocumentedSession s) {
        Telehealth telehealth = s.modality() == Modality.TELEHEALTH_VIDEO ? Telehealth.VIDEO
                : s.modality() == Modality.TELEHEALTH_AUDIO ? Telehealth.AUDIO_ONLY : Telehealth.NONE;
        // Why COMMERCIAL when unknown: self-pay and unknown plans follow the commercial rules.
        return SessionFacts.builder().serviceType(s.serviceType()).minutes(s.minutes()).telehealth(telehealth)
                .clientAtHome(s.clientAtHome()).payer(s.payer().orElse(PayerKind.COMMERCIAL))
                .interactiveComplexity(s.interactiveComplexity()).serviceDate(s.date()).build();
    }

    /**
     * What stands between this note and a signature, every problem at once (empty when it can be
     * signed): the signer is the treating clinician; a diagnosis and a treatment-plan goal are
     * documented and still named in the text; the text states the documented time; the CPT
     * suggestion is attached and the confirmed codes match it.
     */
    public List<FieldProblem> checkBeforeSigning(String noteId, Clinician signer, List<String> confirmedCodes) {
        ProgressNote n = NoteCodec.decode(require(noteId).payload());
        return checks(n, signer, confirmedCodes).list();
    }

    private Problems checks(ProgressNote n, Clinician signer, List<String> confirmedCodes) {
        Problems p = Problems.of("note sign-off");
        DocumentedSession s = n.session();
        String text = n.content();
        p.require(signer.id().equals(n.clinicianId()), "signer", "only the treating clinician signs this note");
        if (p.require(!s.diagnosisCodes().isEmpty(), "diagnosis", "the session names no diagnosis")) {
            for (String code : s.diagnosisCodes()) {
                p.require(text.contains(code), "diagnosis",
                        "a documented diagnosis code is no longer named in the note");
            }
        }
        if (p.require(!s.goals().isEmpty(), "goal", "no treatment-plan goal was addressed")) {
            p.require(GOAL_WORD.matcher(text).find(), "goal",
                    "the note no longer mentions the treatment-plan goal");
        }
        boolean timeStated = text.contains(s.minutes() + "-minute") || text.contains(s.minutes() + " minutes")
                || (text.contains(TIME.format(s.start())) && text.contains(TIME.format(s.end())));
        p.require(timeStated, "time", "the note does not state the documented time of " + s.minutes() + " minutes");
        Optional<CptSuggestion> suggestion = n.cptSuggestion();
        if (p.require(suggestion.isPresent(), "cpt", "attach the CPT suggestion before signing")) {
            Set<String> suggested = new TreeSet<>(suggestion.get().codes());
            Set<String> confirmed = new TreeSet<>(confirmedCodes);
            p.require(suggested.equals(confirmed), "cpt", "confirmed codes " + confirmed + " differ from the codes "
                    + suggested + " that " + s.minutes() + " documented minutes support");
        }
        return p;
    }

    /**
     * Signs the note: runs {@link #checkBeforeSigning}, freezes the content with a signature line,
     * records the SHA-256, and exports it to the EHR. An EHR that is down leaves the note signed
     * with its export pending ({@link #pendingExports()}).
     *
     * @throws NoteLockedException when the note is already signed
     * @throws org.practicekit.core.ValidationException listing every pre-sign problem
     */
    public ProgressNote sign(String noteId, Clinician signer, List<String> confirmedCodes) {
        Objects.requireNonNull(signer, "signer == null");
        Objects.requireNonNull(confirmedCodes, "confirmedCodes == null");
        StoredRecord r = require(noteId);
        ProgressNote n = NoteCodec.decode(r.payload());
        if (n.isSigned()) {
            throw new NoteLockedException(noteId);
        }
        checks(n, signer, confirmedCodes).throwIfAny();
        ProgressNote signed = freeze(n, signer, confirmedCodes, ProgressNote.render(n.sections(), n.provenance()));
        store.update(PROGRESS, noteId, r.version(), NoteCodec.encode(signed));
        record(signer.id().value(), "note.signed", signed, "", Map.of(
                "sha256", signed.signature().orElseThrow().contentSha256(),
                "codes", String.join(",", confirmedCodes)));
        return exportQuietly(signed);
    }

    private ProgressNote freeze(ProgressNote n, Clinician signer, List<String> codes, String body) {
        java.time.Instant now = clock.instant();
        String signerName = signer.name().display();
        String line = "Electronically signed by " + signerName
                + (signer.credentials().isEmpty() ? "" : ", " + signer.credentials()) + " at " + now + ".";
        String content = body + line + "\n";
        Signature sig = new Signature(signer.id(), signerName, signer.credentials(), now, ProgressNote.sha256(content));
        return new ProgressNote(n.id(), NoteStatus.SIGNED, n.clientId(), n.clinicianId(), n.formatName(),
                n.sections(), n.writtenBy(), n.drafterName(), n.fallbackReason().orElse(null), n.provenance(),
                n.edits(), n.session(), n.cptSuggestion().orElse(null), codes, content, sig,
                n.amendsNoteId().orElse(null), false);
    }

    /**
     * Adds a signed addendum to a signed note: its own id, content and hash, linked to the note.
     *
     * @throws org.practicekit.core.ValidationException when the note is not signed or the text is blank
     */
    public ProgressNote addendum(String noteId, String text, Clinician signer) {
        Objects.requireNonNull(text, "text == null");
        Objects.requireNonNull(signer, "signer == null");
        ProgressNote original = NoteCodec.decode(require(noteId).payload());
        Problems p = Problems.of("addendum");
        p.require(original.isSigned(), "note", "only a signed note takes an addendum; edit the draft instead");
        p.requireText(text, "text");
        p.require(signer.id().equals(original.clinicianId()), "signer", "only the treating clinician adds an addendum");
        p.throwIfAny();
        String id = noteId + "-a" + (addenda(noteId).size() + 1);
        List<NoteSectionText> sections = List.of(new NoteSectionText("addendum", "Addendum", text.strip()));
        ProgressNote draft = new ProgressNote(id, NoteStatus.DRAFT, original.clientId(), original.clinicianId(),
                "Addendum", sections, DrafterKind.OFFLINE, "clinician", null, "", List.of(), original.session(), null,
                List.of(), null, null, noteId, false);
        String body = "Addendum to the note of " + original.session().date() + " signed at "
                + original.signature().orElseThrow().signedAt() + " (" + noteId + ")\n\n"
                + ProgressNote.render(sections, "");
        ProgressNote signed = freeze(draft, signer, List.of(), body);
        store.insert(PROGRESS, id, NoteCodec.encode(signed));
        record(signer.id().value(), "note.addendum.signed", signed, "", Map.of("amends", noteId,
                "sha256", signed.signature().orElseThrow().contentSha256()));
        return exportQuietly(signed);
    }

    /** The addenda of a note, oldest first. */
    public List<ProgressNote> addenda(String noteId) {
        List<ProgressNote> out = new ArrayList<>();
        for (StoredRecord r : store.list(PROGRESS)) {
            ProgressNote n = NoteCodec.decode(r.payload());
            if (n.amendsNoteId().map(noteId::equals).orElse(false)) {
                out.add(n);
            }
        }
        out.sort((a, b) -> a.signature().orElseThrow().signedAt().compareTo(b.signature().orElseThrow().signedAt()));
        return out;
    }

    /** True when the stored signed note still matches its signature's hash (tamper evidence). */
    public boolean verify(String noteId) {
        return NoteCodec.decode(require(noteId).payload()).hashVerifies();
    }

    /** Signed notes the EHR has not acknowledged yet. */
    public List<ProgressNote> pendingExports() {
        List<ProgressNote> out = new ArrayList<>();
        for (StoredRecord r : store.list(PROGRESS)) {
            ProgressNote n = NoteCodec.decode(r.payload());
            if (n.isSigned() && !n.exported() && ehr != null) {
                out.add(n);
            }
        }
        return out;
    }

    /**
     * Exports a signed note (or addendum) to the EHR, keyed by the note id so a retry never
     * duplicates it.
     *
     * @throws org.practicekit.core.RetriableException when the EHR is unavailable (safe to repeat)
     */
    public EhrReceipt export(String noteId) {
        if (ehr == null) {
            throw new NonRetriableException("no EHR is configured for note export");
        }
        StoredRecord r = require(noteId);
        ProgressNote n = NoteCodec.decode(r.payload());
        Problems p = Problems.of("note export");
        p.require(n.isSigned(), "note", "only signed notes are exported");
        p.require(n.hashVerifies(), "note", "the note no longer matches its signature and is not exported");
        p.throwIfAny();
        Signature sig = n.signature().orElseThrow();
        EhrReceipt receipt = ehr.exportNote(ehrNote(n));
        ProgressNote exported = new ProgressNote(n.id(), n.status(), n.clientId(), n.clinicianId(), n.formatName(),
                n.sections(), n.writtenBy(), n.drafterName(), n.fallbackReason().orElse(null), n.provenance(),
                n.edits(), n.session(), n.cptSuggestion().orElse(null), n.confirmedCodes(), n.content(), sig,
                n.amendsNoteId().orElse(null), true);
        store.update(PROGRESS, noteId, r.version(), NoteCodec.encode(exported));
        record(PRACTICEKIT, "note.exported", exported, ehr.system(),
                Map.of("created", String.valueOf(receipt.created())));
        return receipt;
    }

    /** A signed note as the EHR and billing get it. */
    private static EhrNote ehrNote(ProgressNote n) {
        Signature sig = n.signature().orElseThrow();
        EhrNote.Builder out = EhrNote.builder().noteId(n.id()).kind(EhrNote.Kind.PROGRESS_NOTE).clientId(n.clientId())
                .clinicianId(n.clinicianId()).signerDisplay(sig.display()).sessionDate(n.session().date())
                .signedAt(sig.signedAt()).title(n.amendsNoteId().isPresent() ? "Addendum to progress note"
                        : "Progress note (" + n.formatName() + ")").content(n.content())
                .contentSha256(sig.contentSha256());
        n.amendsNoteId().ifPresent(out::amendsNoteId);
        return out.build();
    }

    /**
     * What billing needs from a signed progress note: the note as exported, the CPT suggestion the
     * clinician confirmed when signing, and the documented diagnoses. Hand it to
     * {@code BillingOffice.claimFor}; the claim's id stays derived from this note's id.
     *
     * @throws org.practicekit.core.ValidationException when the note is not a signed progress note (a
     *     draft, an addendum) or was altered after signing
     */
    public BillableSession billableSession(String noteId) {
        ProgressNote n = NoteCodec.decode(require(noteId).payload());
        Problems p = Problems.of("billable session");
        p.require(n.isSigned(), "note", "only a signed note is billed; sign it first");
        p.require(n.amendsNoteId().isEmpty(), "note", "an addendum is not billed; bill the note it amends");
        if (n.isSigned()) {
            p.require(n.hashVerifies(), "note", "the note no longer matches its signature");
        }
        p.throwIfAny();
        BillableSession.Builder b = BillableSession.builder().note(ehrNote(n))
                .suggestion(n.cptSuggestion().orElseThrow()).confirmedCodes(n.confirmedCodes());
        n.session().diagnosisCodes().forEach(b::addDiagnosis);
        return b.build();
    }

    private ProgressNote exportQuietly(ProgressNote signed) {
        if (ehr == null) {
            return signed;
        }
        try {
            export(signed.id());
        } catch (RetriableException e) {
            record(PRACTICEKIT, "note.export.pending", signed, ehr.system(),
                    Map.of("failure", e.getClass().getSimpleName()));
        }
        return find(signed.id()).orElseThrow();
    }

    /**
     * The clinician's writing style, learned from every progress note they signed (addenda
     * excluded). Each signature refines it.
     */
    public StyleProfile styleOf(ClinicianId clinician) {
        List<String> bodies = new ArrayList<>();
        for (StoredRecord r : store.list(PROGRESS)) {
            ProgressNote n = NoteCodec.decode(r.payload());
            if (n.isSigned() && n.clinicianId().equals(clinician) && n.amendsNoteId().isEmpty()) {
                bodies.add(n.body());
            }
        }
        return StyleProfile.learnedFrom(bodies);
    }

    // ---- psychotherapy notes -------------------------------------------------------------------

    /**
     * Keeps a psychotherapy (process) note apart from the progress note. It is never drafted from,
     * never sent to a model and never exported with the record.
     */
    public PsychotherapyNote recordPsychotherapyNote(ClientId client, ClinicianId author, LocalDate sessionDate,
            String text) {
        Objects.requireNonNull(client, "client == null");
        Objects.requireNonNull(author, "author == null");
        Objects.requireNonNull(sessionDate, "sessionDate == null");
        Objects.requireNonNull(text, "text == null");
        Problems p = Problems.of("psychotherapy note");
        p.requireText(text, "text");
        p.throwIfAny();
        java.time.Instant now = clock.instant();
        String id = "ptn-" + ProgressNote.sha256(client.value() + "|" + author.value() + "|" + sessionDate + "|" + now)
                .substring(0, 20);
        PsychotherapyNote note = new PsychotherapyNote(id, client, author, sessionDate, now, text.strip());
        store.insert(PSYCHOTHERAPY, id, NoteCodec.encode(note));
        audit.record(new AuditEvent(now, author.value(), "psychotherapy-note.recorded", client.value(), "", Set.of(),
                Map.of("noteId", id)));
        return note;
    }

    /** The author's own psychotherapy notes for a client; other clinicians see none. */
    public List<PsychotherapyNote> psychotherapyNotes(ClientId client, ClinicianId requester) {
        List<PsychotherapyNote> out = new ArrayList<>();
        for (StoredRecord r : store.list(PSYCHOTHERAPY)) {
            PsychotherapyNote n = NoteCodec.decodePsychotherapy(r.payload());
            if (n.clientId().equals(client) && n.author().equals(requester)) {
                out.add(n);
            }
        }
        return out;
    }

    /**
     * Releases one psychotherapy note to the EHR, labelled as such, because its author explicitly
     * asked (for example under the client's specific authorization). Audited.
     *
     * @throws org.practicekit.core.ValidationException when the requester is not the author or gave no reason
     */
    public EhrReceipt releasePsychotherapyNote(String noteId, ClinicianId requester, String authorization) {
        Objects.requireNonNull(requester, "requester == null");
        Objects.requireNonNull(authorization, "authorization == null");
        if (ehr == null) {
            throw new NonRetriableException("no EHR is configured for note export");
        }
        StoredRecord r = store.read(PSYCHOTHERAPY, noteId).orElse(null);
        Problems p = Problems.of("psychotherapy note release");
        if (p.require(r != null, "note", "no such psychotherapy note")) {
            PsychotherapyNote n = NoteCodec.decodePsychotherapy(r.payload());
            p.require(n.author().equals(requester), "requester", "only the author can release a psychotherapy note");
        }
        p.requireText(authorization, "authorization");
        p.throwIfAny();
        PsychotherapyNote n = NoteCodec.decodePsychotherapy(r.payload());
        EhrReceipt receipt = ehr.exportNote(EhrNote.builder().noteId(n.id()).kind(EhrNote.Kind.PSYCHOTHERAPY_NOTE)
                .clientId(n.clientId()).clinicianId(n.author()).signerDisplay(n.author().value())
                .sessionDate(n.sessionDate()).signedAt(n.writtenAt()).title("Psychotherapy note (released on request)")
                .content(n.text()).contentSha256(ProgressNote.sha256(n.text())).build());
        audit.record(new AuditEvent(clock.instant(), requester.value(), "psychotherapy-note.released",
                n.clientId().value(), ehr.system(), Set.of(), Map.of("noteId", n.id(), "explicitRequest", "true")));
        return receipt;
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private StoredRecord require(String noteId) {
        Objects.requireNonNull(noteId, "noteId == null");
        Optional<StoredRecord> r = store.read(PROGRESS, noteId);
        if (r.isEmpty()) {
            Problems.of("note").add("noteId", "no such note").throwIfAny();
        }
        return r.orElseThrow();
    }

    /**
     * Audits a step with who took it: the clinician for what a person did (edit, sign), "practicekit" for
     * what the book did by itself (open a draft, suggest codes, export), so the audit log tells a practice
     * how much work its people did.
     */
    private void record(String actor, String action, ProgressNote n, String target, Map<String, String> extra) {
        Map<String, String> details = new HashMap<>(extra);
        details.put("noteId", n.id());
        details.put("status", n.status().name());
        audit.record(new AuditEvent(clock.instant(), actor, action, n.clientId().value(), target, Set.of(), details));
    }

    /**
     * Builds a {@link NoteBook}. Required: store, clock, audit; {@link #build()} names every missing part at
     * once. Optional: ehr (no export without it), cptSuggester.
     */
    public static final class Builder {
        private WorkflowStore store;
        private Clock clock;
        private AuditLog audit;
        private @Nullable EhrAdapter ehr;
        private CptSuggester cpt = CptSuggester.standard();

        private Builder() {
        }

        public Builder store(WorkflowStore store) {
            this.store = Objects.requireNonNull(store, "store == null");
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock == null");
            return this;
        }

        public Builder audit(AuditLog audit) {
            this.audit = Objects.requireNonNull(audit, "audit == null");
            return this;
        }

        /**
         * The old name of {@link #audit(AuditLog)}.
         *
         * @deprecated use {@link #audit(AuditLog)}, the name every engine's builder uses
         */
        @Deprecated
        public Builder auditLog(AuditLog audit) {
            return audit(audit);
        }

        /** Where signed notes go. Without one, notes are signed and kept but not exported. */
        public Builder ehr(EhrAdapter ehr) {
            this.ehr = Objects.requireNonNull(ehr, "ehr == null");
            return this;
        }

        public Builder cptSuggester(CptSuggester cpt) {
            this.cpt = Objects.requireNonNull(cpt, "cpt == null");
            return this;
        }

        /**
         * Builds the note book.
         *
         * @throws org.practicekit.core.ValidationException naming every missing part at once
         */
        public NoteBook build() {
            Problems p = Problems.of("note book");
            p.require(store != null, "store", "is required");
            p.require(clock != null, "clock", "is required");
            p.require(audit != null, "audit", "is required");
            p.throwIfAny();
            return new NoteBook(this);
        }
    }
}
