package org.practicekit.notes;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A draft progress note: sections of sourced sentences, which drafter wrote it, why the offline
 * drafter stepped in when it did, and the verifier's verdict. A draft is not a note: it becomes one
 * only when a clinician signs it. Immutable.
 */
public final class NoteDraft {
    private final SessionPrompt prompt;
    private final NoteFormat format;
    private final List<DraftSection> sections;
    private final DrafterKind writtenBy;
    private final String drafterName;
    private final @Nullable String fallbackReason;
    private final Verification verification;

    private NoteDraft(SessionPrompt prompt, NoteFormat format, List<DraftSection> sections, DrafterKind writtenBy,
            String drafterName, @Nullable String fallbackReason, Verification verification) {
        this.prompt = Objects.requireNonNull(prompt, "prompt == null");
        this.format = Objects.requireNonNull(format, "format == null");
        this.sections = List.copyOf(sections);
        this.writtenBy = Objects.requireNonNull(writtenBy, "writtenBy == null");
        this.drafterName = Objects.requireNonNull(drafterName, "drafterName == null");
        this.fallbackReason = fallbackReason;
        this.verification = Objects.requireNonNull(verification, "verification == null");
    }

    /** A draft as a drafter wrote it, not yet verified. */
    public static NoteDraft unverified(SessionPrompt prompt, NoteFormat format, List<DraftSection> sections,
            DrafterKind writtenBy, String drafterName) {
        return new NoteDraft(prompt, format, sections, writtenBy, drafterName, null, new Verification(List.of()));
    }

    /** This draft with the verifier's verdict attached. */
    public NoteDraft withVerification(Verification verification) {
        return new NoteDraft(prompt, format, sections, writtenBy, drafterName, fallbackReason, verification);
    }

    /** This draft, recording why it replaced the drafter's own answer (PHI-free). */
    public NoteDraft withFallbackReason(String reason) {
        return new NoteDraft(prompt, format, sections, writtenBy, drafterName,
                Objects.requireNonNull(reason, "reason == null"), verification);
    }

    /** The prompt the draft was written from (the therapist's input, never lost). */
    public SessionPrompt prompt() {
        return prompt;
    }

    public NoteFormat format() {
        return format;
    }

    public List<DraftSection> sections() {
        return sections;
    }

    /** The section with this key. */
    public Optional<DraftSection> section(String key) {
        return sections.stream().filter(s -> s.key().equals(key)).findFirst();
    }

    /** Every sentence, in order. */
    public List<DraftSentence> sentences() {
        return sections.stream().flatMap(s -> s.sentences().stream()).toList();
    }

    public DrafterKind writtenBy() {
        return writtenBy;
    }

    /** The drafter by name ("offline", "llm:openai/gpt-4o-mini"). */
    public String drafterName() {
        return drafterName;
    }

    /**
     * Why the offline draft is shown instead of the requested drafter's ("model timed out", "no
     * consent to AI-assisted documentation on record"). Empty when the requested drafter's answer
     * was used.
     */
    public Optional<String> fallbackReason() {
        return Optional.ofNullable(fallbackReason);
    }

    public Verification verification() {
        return verification;
    }

    /** The line that tells the reader which drafter wrote the draft. */
    public String provenance() {
        String who = writtenBy == DrafterKind.OFFLINE
                ? "Drafted by the PracticeKit offline drafter (no AI) from the clinician's session prompt."
                : "Drafted with AI assistance (" + drafterName + ") from the clinician's session prompt, with the"
                        + " client's consent on record; verified against the prompt.";
        // Why: a draft is not signed; the note book adds the signature line when the clinician signs.
        return who;
    }

    /** The whole draft as text: headings, paragraphs, and the provenance line. */
    public String text() {
        StringBuilder out = new StringBuilder();
        for (DraftSection s : sections) {
            // Why: "R: Response to exposure: ..." reads as a label inside a heading; such a line starts below it.
            boolean line = !s.sentences().isEmpty()
                    && org.practicekit.notes.internal.Phrases.closingLine(s.sentences().get(0).text());
            if (s.heading().length() <= 3 && s.heading().endsWith(":") && !line) {
                out.append(s.heading()).append(' ').append(s.text()).append("\n\n");
            } else {
                out.append(s.heading()).append('\n').append(s.text()).append("\n\n");
            }
        }
        out.append(provenance()).append('\n');
        return out.toString();
    }

    /** The text of the sections only, without the provenance line. */
    public String body() {
        return sections.stream().map(DraftSection::text).collect(Collectors.joining("\n"));
    }

    @Override
    public String toString() {
        return "NoteDraft[" + format.id() + ", " + writtenBy + ", " + sections.size() + " sections, "
                + (verification.passed() ? "verified" : verification.findings().size() + " findings") + "]";
    }
}
