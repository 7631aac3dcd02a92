package org.practicekit.notes;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.practicekit.core.PracticeKitException;
import org.practicekit.core.Problems;
import org.practicekit.core.RetriableException;
import org.practicekit.core.spi.AuditEvent;
import org.practicekit.core.spi.AuditLog;
import org.practicekit.notes.internal.English;
import org.practicekit.notes.internal.ProseComposer;

/**
 * Drafts a progress note from a session prompt. Callers use {@link #draft}, which the SDK owns: it
 * checks the client's consent before any model sees the prompt, calls the implementation's
 * {@link #doDraft}, verifies the result against the prompt, and on any failure (an exception, a
 * failed verification, no consent) returns the offline draft with the reason recorded, so the
 * therapist's input is never lost. Every draft is audited (which drafter, which format, counts;
 * never the text).
 *
 * <p>Implementations are thread-safe and hold no threads of their own.
 */
public abstract class NoteDrafter {
    private final Clock clock;
    private final AuditLog auditLog;
    private final DocumentationConsents consents;
    private final DraftVerifier verifier;
    private volatile OfflineFallback fallback = OfflineFallback.COMPOSED;

    /**
     * @param clock time for audit events
     * @param auditLog where drafts are audited
     * @param consents the clients' consents to AI-assisted documentation
     * @param verifier checks every draft against its prompt
     */
    protected NoteDrafter(Clock clock, AuditLog auditLog, DocumentationConsents consents, DraftVerifier verifier) {
        this.clock = Objects.requireNonNull(clock, "clock == null");
        this.auditLog = Objects.requireNonNull(auditLog, "auditLog == null");
        this.consents = Objects.requireNonNull(consents, "consents == null");
        this.verifier = Objects.requireNonNull(verifier, "verifier == null");
    }

    /** Drafts in the default style. */
    public final NoteDraft draft(SessionPrompt prompt, NoteFormat format) {
        return draft(prompt, format, StyleProfile.defaults());
    }

    /**
     * Drafts a note for {@code prompt} in {@code format} and the clinician's {@code style}. Never
     * returns an unverified model draft: the result either passed the verifier or is the offline
     * draft with {@link NoteDraft#fallbackReason()} set.
     *
     * @throws org.practicekit.core.ValidationException when the prompt cannot fill the format (a
     *     GIRP note without a treatment-plan goal)
     */
    public final NoteDraft draft(SessionPrompt prompt, NoteFormat format, StyleProfile style) {
        Objects.requireNonNull(prompt, "prompt == null");
        Objects.requireNonNull(format, "format == null");
        Objects.requireNonNull(style, "style == null");
        Problems problems = Problems.of("note draft");
        problems.require(format.sectionHolding(SectionContent.GOALS).isEmpty() || !prompt.goals().isEmpty(), "goals",
                "the " + format.name() + " format is written around a treatment-plan goal; the prompt names none");
        problems.throwIfAny();
        NoteDraft result;
        try (English.DraftScope words = English.draftScope()) {
            if (disclosesToModel() && consents.aiAssistedDocumentation(prompt.clientId()).isEmpty()) {
                result = offline(prompt, format, style, "no consent to AI-assisted documentation on record");
            } else {
                result = attempt(prompt, format, style);
            }
        }
        audit(prompt, format, result);
        return result;
    }

    private NoteDraft attempt(SessionPrompt prompt, NoteFormat format, StyleProfile style) {
        NoteDraft drafted;
        try {
            drafted = Objects.requireNonNull(doDraft(prompt, format, style), "doDraft returned null");
        } catch (DraftFailedException e) {
            return offline(prompt, format, style, e.reason());
        } catch (RetriableException e) {
            return offline(prompt, format, style, "model unavailable (" + e.getClass().getSimpleName() + ")");
        } catch (PracticeKitException e) {
            return offline(prompt, format, style, "drafter failed (" + e.getClass().getSimpleName() + ")");
        } catch (RuntimeException e) {
            if (!disclosesToModel()) {
                throw e;
            }
            return offline(prompt, format, style, "drafter failed (" + e.getClass().getSimpleName() + ")");
        }
        // Why: the model's draft and its fallback are read against one reading of the prompt, dropped after the call.
        DraftVerifier.PromptVerifier reading = verifier.forPrompt(prompt);
        Verification verification = reading.verify(drafted);
        NoteDraft verified = drafted.withVerification(verification);
        if (!verification.passed() && drafted.writtenBy() != DrafterKind.OFFLINE) {
            return offline(prompt, format, style, "verification failed: " + verification.kinds(), reading);
        }
        return verified;
    }

    private NoteDraft offline(SessionPrompt prompt, NoteFormat format, StyleProfile style, String reason) {
        return offline(prompt, format, style, reason, verifier.forPrompt(prompt));
    }

    private NoteDraft offline(SessionPrompt prompt, NoteFormat format, StyleProfile style, String reason,
            DraftVerifier.PromptVerifier reading) {
        NoteDraft draft = fallback.draft(prompt, format, style, reading);
        // Why: whatever supplies the fallback, the caller gets the offline draft of this prompt and format, never a
        // model's draft or another prompt's.
        if (draft.writtenBy() != DrafterKind.OFFLINE || draft.prompt() != prompt || !draft.format().equals(format)) {
            throw new IllegalStateException("the fallback is not the offline draft of this prompt and format");
        }
        return draft.withFallbackReason(reason);
    }

    private static NoteDraft composedAndVerified(SessionPrompt prompt, NoteFormat format, StyleProfile style,
            DraftVerifier.PromptVerifier reading) {
        NoteDraft draft = composeOffline(prompt, format, style);
        return draft.withVerification(reading.verify(draft));
    }

    /**
     * The offline draft a drafter falls back to, verified on the reading of the prompt the drafter already holds.
     * Drafting is deterministic, so one prompt, format and style always give the same draft.
     */
    @FunctionalInterface
    interface OfflineFallback {
        /** The drafter's own: the offline draft composed and verified afresh on every fallback. */
        OfflineFallback COMPOSED = NoteDrafter::composedAndVerified;

        NoteDraft draft(SessionPrompt prompt, NoteFormat format, StyleProfile style,
                DraftVerifier.PromptVerifier reading);
    }

    /**
     * Where this drafter's fallback comes from; package-private, for the planted-error corpora, which fall back on one
     * prompt once per planted error (five or so a prompt) and hold its offline draft and verification for the prompt's
     * other errors instead of drafting and verifying the same note again.
     */
    final void fallBackTo(OfflineFallback fallback) {
        this.fallback = Objects.requireNonNull(fallback, "fallback == null");
    }

    /** The deterministic offline draft, unverified. */
    static NoteDraft composeOffline(SessionPrompt prompt, NoteFormat format, StyleProfile style) {
        // Another group member's name is no part of the client's note: the note is drafted from the prompt without it.
        return NoteDraft.unverified(prompt, format, composed(prompt, format, style),
                DrafterKind.OFFLINE, "offline");
    }

    /**
     * The offline composer's sections. A pointer typed at the end of a field ("see risk") is no clause: the composer
     * reads the words before it, and the pointer is said after them in parentheses.
     */
    static List<DraftSection> composed(SessionPrompt prompt, NoteFormat format, StyleProfile style) {
        SessionPrompt named = prompt.unnamedGroupMembers();
        java.util.Map<String, List<String>> pointers = named.pointers();
        if (pointers.isEmpty()) {
            return ProseComposer.compose(named, format, style);
        }
        return org.practicekit.notes.internal.CrossReferences.attached(
                ProseComposer.compose(named.pointersApart(), format, style), pointers, named.pointedBodies());
    }

    private void audit(SessionPrompt prompt, NoteFormat format, NoteDraft draft) {
        Map<String, String> details = new HashMap<>();
        details.put("format", format.id());
        details.put("drafter", draft.drafterName());
        details.put("requestedDrafter", name());
        details.put("sentences", String.valueOf(draft.sentences().size()));
        details.put("findings", String.valueOf(draft.verification().findings().size()));
        draft.fallbackReason().ifPresent(r -> details.put("fallbackReason", r));
        auditLog.record(new AuditEvent(clock.instant(), prompt.clinicianId().value(), "note.drafted",
                prompt.clientId().value(), "", Set.of(), details));
    }

    /** The verifier this drafter's drafts pass through. */
    protected final DraftVerifier verifier() {
        return verifier;
    }

    /** The clock given at construction. */
    protected final Clock clock() {
        return clock;
    }

    /** A short name for audit ("offline", "llm:openai"). */
    public abstract String name();

    /**
     * True when {@link #doDraft} sends the prompt outside the process (to a model). Such drafters
     * run only for clients whose consent to AI-assisted documentation is on record.
     */
    protected abstract boolean disclosesToModel();

    /**
     * Writes one draft. Throw {@link DraftFailedException} with a PHI-free reason when the answer
     * cannot be used; {@link #draft} then falls back to the offline draft.
     */
    protected abstract NoteDraft doDraft(SessionPrompt prompt, NoteFormat format, StyleProfile style);

    /** The sections the offline drafter writes, for drafters that start from them. */
    protected static List<DraftSection> offlineSections(SessionPrompt prompt, NoteFormat format, StyleProfile style) {
        return composed(prompt, format, style);
    }
}
