package org.practicekit.notes.internal;

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
}
