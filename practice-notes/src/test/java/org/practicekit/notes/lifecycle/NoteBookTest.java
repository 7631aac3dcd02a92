package org.practicekit.notes.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.practicekit.core.ValidationException;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.core.model.Clinician;
import org.practicekit.core.spi.AuditEvent;
import org.practicekit.core.spi.EhrNote;
import org.practicekit.core.spi.StoredRecord;
import org.practicekit.core.store.InMemoryWorkflowStore;
import org.practicekit.core.store.StoredFields;
import org.practicekit.notes.NoteDraft;
import org.practicekit.notes.NoteFormat;
import org.practicekit.notes.OfflineNoteDrafter;
import org.practicekit.notes.SessionPrompt;
import org.practicekit.notes.TestPrompts;
import org.practicekit.testing.RecordingEhr;
import org.practicekit.testing.TestClock;

class NoteBookTest {
    private final TestClock clock = TestClock.at("2026-11-30T15:10:00Z");
    private final InMemoryWorkflowStore store = new InMemoryWorkflowStore(clock);
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final RecordingEhr ehr = new RecordingEhr();
    private final NoteBook book = NoteBook.builder().store(store).clock(clock).audit(audit).ehr(ehr).build();
    private final OfflineNoteDrafter drafter = OfflineNoteDrafter.builder().clock(clock).auditLog(audit).build();
    private final Clinician whitfield = Clinician.builder().id("dr-whitfield").name("Dana", "Whitfield")
            .credentials("LCSW").zone(ZoneId.of("America/New_York")).build();
    private final Clinician okafor = Clinician.builder().id("dr-okafor").name("Emeka", "Okafor").credentials("PhD, LP")
            .build();
    private final SessionPrompt panic = TestPrompts.panic();

    private ProgressNote openPanic() {
        NoteDraft draft = drafter.draft(panic, NoteFormat.SOAP);
        return book.open(draft);
    }

    @Test
    void aSignedNoteCarriesItsHashIsExportedAndCannotBeChanged() {
        ProgressNote note = openPanic();
        ProgressNote withCpt = book.attachCptSuggestion(note.id());
        assertThat(withCpt.cptSuggestion().orElseThrow().codes()).containsExactly("90837");

        ProgressNote signed = book.sign(note.id(), whitfield, List.of("90837"));

        assertThat(signed.status()).isEqualTo(NoteStatus.SIGNED);
        assertThat(signed.content()).contains("Electronically signed by Dana Whitfield, LCSW")
                .contains("53-minute", "F41.0");
        assertThat(signed.hashVerifies()).isTrue();
        assertThat(book.verify(note.id())).isTrue();
        assertThat(signed.exported()).isTrue();
        EhrNote exported = ehr.notes().get(0);
        assertThat(exported.noteId()).isEqualTo(note.id());
        assertThat(exported.kind()).isEqualTo(EhrNote.Kind.PROGRESS_NOTE);
        assertThat(exported.contentSha256()).isEqualTo(signed.signature().orElseThrow().contentSha256());
        assertThat(exported.content()).isEqualTo(signed.content());
        assertThat(exported.signerDisplay()).isEqualTo("Dana Whitfield, LCSW");

        assertThatThrownBy(() -> book.edit(note.id(), "plan", "Changed.", whitfield.id()))
                .isInstanceOf(NoteLockedException.class);
        assertThatThrownBy(() -> book.sign(note.id(), whitfield, List.of("90837")))
                .isInstanceOf(NoteLockedException.class);
        assertThatThrownBy(() -> book.attachCptSuggestion(note.id())).isInstanceOf(NoteLockedException.class);
        assertThatThrownBy(() -> book.open(drafter.draft(panic, NoteFormat.DAP)))
                .isInstanceOf(NoteLockedException.class);
        assertThat(book.find(note.id()).orElseThrow().content()).isEqualTo(signed.content());
        assertThat(audit.all()).extracting(AuditEvent::action).contains("note.signed", "note.exported");
        assertThat(audit.all().toString()).doesNotContain("panic attacks");
    }

    @Test
    void aTamperedNoteNoLongerVerifiesAndIsNotExported() {
        ProgressNote note = openPanic();
        book.attachCptSuggestion(note.id());
        book.sign(note.id(), whitfield, List.of("90837"));
        StoredRecord r = store.read(NoteBook.PROGRESS, note.id()).orElseThrow();
        StoredFields f = StoredFields.decode(r.payload());
        f.put("signedContent", f.require("signedContent").replace("53-minute", "60-minute"));
        store.update(NoteBook.PROGRESS, note.id(), r.version(), f.encode());

        assertThat(book.verify(note.id())).isFalse();
        assertThatThrownBy(() -> book.export(note.id())).isInstanceOf(ValidationException.class)
                .hasMessageContaining("no longer matches its signature");
    }

    @Test
    void anAddendumIsSignedLinkedAndExportedWhileTheNoteStaysAsSigned() {
        ProgressNote note = openPanic();
        book.attachCptSuggestion(note.id());
        ProgressNote signed = book.sign(note.id(), whitfield, List.of("90837"));
        clock.advance(Duration.ofHours(2));

        ProgressNote addendum = book.addendum(note.id(), "The client called to report that the highway drive went"
                + " well.", whitfield);

        assertThat(addendum.amendsNoteId()).contains(note.id());
        assertThat(addendum.hashVerifies()).isTrue();
        assertThat(addendum.content()).contains("Addendum to the note of 2026-11-30", note.id());
        assertThat(book.addenda(note.id())).extracting(ProgressNote::id).containsExactly(addendum.id());
        assertThat(book.find(note.id()).orElseThrow().content()).isEqualTo(signed.content());
        assertThat(ehr.notes()).hasSize(2);
        assertThat(ehr.notes().get(1).amendsNoteId()).contains(note.id());
        assertThatThrownBy(() -> book.addendum(note.id(), "x", okafor)).isInstanceOf(ValidationException.class);
    }

    @Test
    void editsAreTrackedAndPreSignChecksListEveryProblem() {
        ProgressNote note = openPanic();
        String subjective = note.sections().get(0).text();
        ProgressNote edited = book.edit(note.id(), "subjective", "The client reported panic attacks while driving.",
                whitfield.id());
        book.edit(note.id(), "assessment", "The client made steady progress.", whitfield.id());

        assertThat(edited.status()).isEqualTo(NoteStatus.EDITED);
        ProgressNote current = book.find(note.id()).orElseThrow();
        assertThat(current.edits()).hasSize(2);
        assertThat(current.edits().get(0).before()).isEqualTo(subjective);
        assertThat(current.edits().get(0).editor()).isEqualTo(whitfield.id());

        assertThatThrownBy(() -> book.sign(note.id(), okafor, List.of()))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.hasProblemAt("signer")).isTrue();
                    assertThat(e.hasProblemAt("diagnosis")).isTrue();
                    assertThat(e.hasProblemAt("goal")).isTrue();
                    assertThat(e.hasProblemAt("time")).isTrue();
                    assertThat(e.hasProblemAt("cpt")).isTrue();
                });
        assertThat(book.find(note.id()).orElseThrow().status()).isEqualTo(NoteStatus.EDITED);
        assertThat(ehr.notes()).isEmpty();
    }

    @Test
    void confirmedCodesMustMatchWhatTheDocumentedTimeSupports() {
        ProgressNote note = openPanic();
        book.attachCptSuggestion(note.id());

        assertThat(book.checkBeforeSigning(note.id(), whitfield, List.of("90834")))
                .singleElement().satisfies(p -> assertThat(p.message()).contains("90837", "53"));
        assertThat(book.checkBeforeSigning(note.id(), whitfield, List.of("90837"))).isEmpty();
    }

    @Test
    void anEhrOutageLeavesTheNoteSignedWithItsExportPending() {
        ProgressNote note = openPanic();
        book.attachCptSuggestion(note.id());
        ehr.refuseNext(1);

        ProgressNote signed = book.sign(note.id(), whitfield, List.of("90837"));

        assertThat(signed.isSigned()).isTrue();
        assertThat(signed.exported()).isFalse();
        assertThat(book.pendingExports()).extracting(ProgressNote::id).containsExactly(note.id());
        assertThat(book.due(clock.instant())).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("note.exported");
            assertThat(e.recordId()).isEqualTo(note.id());
        });
        assertThat(book.pendingExports()).isEmpty();
        assertThat(book.due(clock.instant())).isEmpty();
        assertThat(ehr.notes()).hasSize(1);
    }

    @Test
    void psychotherapyNotesStayApartAndLeaveOnlyOnTheAuthorsExplicitRequest() {
        PsychotherapyNote process = book.recordPsychotherapyNote(panic.clientId(), whitfield.id(), panic.date(),
                "Countertransference: noticed my own impatience when the client minimized the attacks.");
        ProgressNote note = openPanic();
        book.attachCptSuggestion(note.id());
        book.sign(note.id(), whitfield, List.of("90837"));

        assertThat(ehr.notes()).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(EhrNote.Kind.PROGRESS_NOTE);
            assertThat(n.content()).doesNotContain("Countertransference");
        });
        assertThat(book.psychotherapyNotes(panic.clientId(), okafor.id())).isEmpty();
        assertThat(book.psychotherapyNotes(panic.clientId(), whitfield.id())).containsExactly(process);
        assertThatThrownBy(() -> book.releasePsychotherapyNote(process.id(), okafor.id(), "records request"))
                .isInstanceOf(ValidationException.class);

        book.releasePsychotherapyNote(process.id(), whitfield.id(), "client's specific written authorization");

        assertThat(ehr.notes()).hasSize(2);
        assertThat(ehr.notes().get(1).kind()).isEqualTo(EhrNote.Kind.PSYCHOTHERAPY_NOTE);
        assertThat(audit.all().toString()).doesNotContain("Countertransference");
    }

    @Test
    void aSignedNoteYieldsWhatBillingNeedsAndItsClaimKeepsTheNotesIdAcrossRetries() {
        ProgressNote note = openPanic();
        assertThatThrownBy(() -> book.billableSession(note.id())).isInstanceOf(ValidationException.class)
                .hasMessageContaining("sign it first");
        book.attachCptSuggestion(note.id());
        book.sign(note.id(), whitfield, List.of("90837"));

        org.practicekit.core.billing.claim.BillableSession session = book.billableSession(note.id());

        assertThat(session.noteId()).isEqualTo(note.id());
        assertThat(session.confirmedCodes()).containsExactly("90837");
        assertThat(session.diagnosisCodes()).containsExactly("F41.0");
        assertThat(session.placeOfService()).isEqualTo("11");
        assertThat(session.note().contentSha256()).isEqualTo(book.find(note.id()).orElseThrow().signature().orElseThrow()
                .contentSha256());
        org.practicekit.core.billing.claim.ClaimLedger ledger = org.practicekit.core.billing.claim.ClaimLedger.builder()
                .clock(clock).build();
        java.util.function.Supplier<org.practicekit.core.billing.claim.Claim> claim = () -> ledger.open(
                org.practicekit.core.billing.claim.Claim.builder()
                        .billableSession(book.billableSession(note.id()), java.util.Map.of("90837",
                                org.practicekit.core.model.Money.usd("180.00")))
                        .renderingNpi("1234567893").createdAt(clock.instant())
                        .coverage(org.practicekit.core.model.Coverage.builder().payerName("Aetna").payerId("60054")
                                .payerKind(org.practicekit.core.model.PayerKind.COMMERCIAL).memberId("W1234").build())
                        .build());
        org.practicekit.core.billing.claim.Claim first = claim.get();
        assertThat(claim.get()).isEqualTo(first);
        assertThat(ledger.claims()).hasSize(1);
        assertThat(first.id()).isEqualTo(org.practicekit.core.billing.claim.Claim.idFor(note.id(),
                org.practicekit.core.billing.claim.ClaimFrequency.ORIGINAL));
        assertThat(first.diagnosisCodes()).containsExactly("F410");
        assertThat(first.totalCharge()).isEqualTo(org.practicekit.core.model.Money.usd("180.00"));

        ProgressNote addendum = book.addendum(note.id(), "The client called: the drive went well.", whitfield);
        assertThatThrownBy(() -> book.billableSession(addendum.id())).isInstanceOf(ValidationException.class)
                .hasMessageContaining("addendum is not billed");
    }

    @Test
    void theAuditLogTellsWhatTheClinicianDidFromWhatTheBookDidByItself() {
        ProgressNote note = openPanic();
        book.attachCptSuggestion(note.id());
        book.sign(note.id(), whitfield, List.of("90837"));
        assertThat(audit.all()).filteredOn(e -> e.action().startsWith("note.") && !e.action().equals("note.drafted"))
                .extracting(AuditEvent::action, AuditEvent::actor).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("note.opened", "practicekit"),
                        org.assertj.core.groups.Tuple.tuple("note.cpt.suggested", "practicekit"),
                        org.assertj.core.groups.Tuple.tuple("note.signed", "dr-whitfield"),
                        org.assertj.core.groups.Tuple.tuple("note.exported", "practicekit"));
    }
}
