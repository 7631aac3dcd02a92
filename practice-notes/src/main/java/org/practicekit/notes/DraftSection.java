package org.practicekit.notes;

import java.util.List;
import java.util.Objects;

/**
 * One section of a draft: the format's section key, the heading as the clinician writes it, and
 * the sentences.
 *
 * @param key the format's section key
 * @param heading the heading as printed ("Subjective", "SUBJECTIVE" or "S:")
 * @param sentences the sentences, in order
 */
public record DraftSection(String key, String heading, List<DraftSentence> sentences) {
    public DraftSection {
        Objects.requireNonNull(key, "key == null");
        Objects.requireNonNull(heading, "heading == null");
        sentences = List.copyOf(sentences);
    }

    /** The section's paragraph. */
    public String text() {
        StringBuilder out = new StringBuilder();
        boolean afterLine = false;
        for (DraftSentence s : sentences) {
            boolean line = org.practicekit.notes.internal.Phrases.closingLine(s.text());
            if (out.length() > 0) {
                // A response, focus or evidence line in the clinician's words stands on a line of its own; prose after
                // one (a goal's evidence kept beside its goal) starts a line again.
                out.append(line || afterLine ? '\n' : ' ');
            }
            out.append(s.text());
            afterLine = line;
        }
        return out.toString();
    }
}
