package org.practicekit.notes;

import java.util.List;
import java.util.Objects;

/**
 * One sentence of a draft with the prompt fields it was written from ("interventions[0]",
 * "risk.actionsTaken[1]"). A sentence without sources is an assertion without a source, and the
 * verifier rejects it.
 *
 * @param text the sentence
 * @param sources prompt field paths it came from
 */
public record DraftSentence(String text, List<String> sources) {
    public DraftSentence {
        Objects.requireNonNull(text, "text == null");
        sources = List.copyOf(sources);
    }

    /** Text only, for reading. */
    @Override
    public String toString() {
        return text;
    }
}
