package org.practicekit.notes.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a typed value ending in "?" asks something or marks a finding as tentative. Clinicians type "trauma hx?",
 * "r/o ADHD?", "low mood after wife's death 2023?" for a finding they suspect; that is shorthand a clinician reads as
 * "possible", and a sentence can be written from it. "Is she taking her meds?", "what triggers the tantrums?" ask: an
 * interrogative opens with a question word or an auxiliary or modal verb before its subject, and no sentence of a note
 * can be written from a question.
 */
final class Queries {
    /** The closed class of English question words. */
    private static final Set<String> QUESTION_WORDS = Set.of("what", "why", "how", "when", "where", "who", "whom",
            "whose", "which", "whether");

    private Queries() {
    }

    /** True when {@code text} (ending in "?") reads as a question rather than a tentative finding. */
    static boolean asks(String text) {
        int end = 0;
        while (end < text.length() && (Character.isLetter(text.charAt(end)) || text.charAt(end) == '\'')) {
            end++;
        }
        String first = text.substring(0, end).toLowerCase(Locale.ROOT);
        if (first.isEmpty()) {
            return true;
        }
        return QUESTION_WORDS.contains(first) || English.MODALS.contains(first) || English.get().isAux(first);
    }

    /**
     * {@code text} with a last tentative finding written out ("nightmares; trauma hx?" as "nightmares; possible trauma
     * hx"), as the composer writes it and the verifier reads it; as typed when it does not end in "?" or asks.
     */
    static String written(String text) {
        if (text.isEmpty() || text.charAt(text.length() - 1) != '?') {
            return text;
        }
        List<String> parts = PhraseReader.sentences(text);
        String last = parts.isEmpty() ? "" : parts.get(parts.size() - 1);
        int at = text.lastIndexOf(last);
        if (!last.endsWith("?") || at < 0 || asks(last)) {
            return text;
        }
        String bare = last.substring(0, last.length() - 1).strip();
        if (bare.isEmpty()) {
            return text;
        }
        Phrase.Kind kind = PhraseReader.read(bare, PhraseReader.Slot.CONCERN, Set.of()).get(0).kind;
        return text.substring(0, at) + tentative(bare, kind);
    }

    /** Words that already hold a finding as suspected: the "?" after them adds nothing to write. */
    private static final Set<String> HEDGES = Set.of("r/o", "rule", "possible", "possibly", "probable", "probably",
            "likely", "suspected", "suspect", "query", "?");

    /**
     * The tentative finding {@code bare} (its "?" taken off) written as the clinician reads it: "possible trauma
     * history", "possibly intoxicated"; as typed when it already hedges ("r/o ADHD"). {@code kind} is how the bare
     * phrase reads; a clause with its own subject ("she relapsed?") has no such reading and is refused at build().
     */
    static String tentative(String bare, Phrase.Kind kind) {
        int from = 0;
        while (from < bare.length()) {
            int end = bare.indexOf(' ', from);
            end = end < 0 ? bare.length() : end;
            if (HEDGES.contains(bare.substring(from, end).toLowerCase(Locale.ROOT))) {
                // "r/o ADHD?", "pt: possible PTSD?": already hedged by the clinician's own word.
                return bare;
            }
            from = end + 1;
        }
        return (kind == Phrase.Kind.NOUN || kind == Phrase.Kind.GERUND || kind == Phrase.Kind.PASSIVE ? "possible "
                : "possibly ") + bare;
    }
}
