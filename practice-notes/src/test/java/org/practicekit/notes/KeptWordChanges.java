package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.testing.TestClock;

/**
 * The second half of every composer round's test: a sentence the composer now writes is only sound if the verifier
 * still sees a kept word, number or actor changed in it. One place for the drafting and the planting, so each round's
 * test holds only its dev file and its changes.
 */
final class KeptWordChanges {
    private KeptWordChanges() {
    }

    /** The SOAP draft of the accepted dev prompt {@code id}, with the default style, on a fixed clock. */
    static NoteDraft soap(Path dev, String id) {
        SessionPrompt prompt = ComposerResponseRound24Test.prompt(dev, id);
        return OfflineNoteDrafter.builder().clock(TestClock.at("2026-12-04T12:00:00Z")).audit(new InMemoryAuditLog())
                .build().draft(prompt, NoteFormat.SOAP, StyleProfile.defaults());
    }

    /**
     * For each {@code {prompt id, kept text, changed text}}: the clean draft passes the verifier, and the draft with
     * the first sentence holding the kept text changed fails it.
     */
    static void eachIsCaught(Path dev, String[][] changes) {
        DraftVerifier verifier = DraftVerifier.standard();
        for (String[] change : changes) {
            NoteDraft clean = soap(dev, change[0]);
            assertThat(verifier.verify(clean).findings()).as(change[0]).isEmpty();
            String sentence = clean.sections().stream().flatMap(x -> x.sentences().stream()).map(DraftSentence::text)
                    .filter(t -> t.contains(change[1])).findFirst().orElseThrow(() -> new AssertionError(change[1]));
            NoteDraft planted = ComposerLinesRound20Test.replaced(clean, sentence, sentence.replace(change[1],
                    change[2]));
            assertThat(verifier.verify(planted).passed()).as(change[2]).isFalse();
        }
    }
}
