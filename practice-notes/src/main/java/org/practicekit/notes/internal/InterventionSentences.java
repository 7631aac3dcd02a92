package org.practicekit.notes.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Round 41: a typed focus the older readings left on its "Focus of X:" line, written into the intervention's sentence
 * where its phrase type is one the module composes elsewhere. Readers take the labelled line for prompt text pasted
 * into the note even when its words read. Only a noun phrase that opens with its own article or possessive ("the
 * thought that her coworkers think she is lazy", "her fear of riding the bus alone") is taken: it is the object of
 * "to focus on" word for word, after the reserved hand-over {@link HandOvers#FOCUS_OBJECT}, so the verifier compares it
 * with the field as it compares a labelled line's value. Deny by default: "" for anything else, which keeps its line.
 */
public final class InterventionSentences {
    private static final English EN = English.get();
    /** The article or possessive a noun phrase opens with; "this" and "that" also open clauses, so they are not read. */
    private static final Set<String> OPENERS = Set.of("a", "an", "the", "her", "his", "their", "its");
    /** Punctuation that joins a second piece, quotes, labels or abbreviates: the phrase is then not one noun phrase. */
    private static final Pattern ODD = Pattern.compile("[,;:()\\[\\]{}\"\u201C\u201D\u2018\u2019/\\\\+&=<>?!*#@%~|\u2190-\u21FF]"
            + "|\\.|\\s'|'\\s|^'|'$|--|\\s-\\s");
    /** Words that may follow the head's first word inside one noun phrase. */
    private static final Set<String> AFTER_HEAD = Set.of("that", "to", "when", "where", "who", "which", "and", "or");
    private static final int MAX_WORDS = 16;

    private InterventionSentences() {
    }

    /**
     * The typed focus as the object of "to focus on", its opening article lower-cased and nothing else changed, or ""
     * when it is not one noun phrase opening with an article or possessive: a second piece, a label, a quotation, a
     * negation, a name (a capital after the first word), a clause ("the client cried": a finite verb right after the
     * head), a verb's base after the head ("the kids need structure") or a phrase the reserved hand-over's words hold.
     */
    public static String focusObject(String typed) {
        String t = typed.strip();
        if (t.isEmpty() || ODD.matcher(t).find() || Phrases.negated(t) || HandOvers.typedIn(t)) {
            return "";
        }
        List<String> words = List.of(t.split("\\s+"));
        if (words.size() < 2 || words.size() > MAX_WORDS || !OPENERS.contains(words.get(0).toLowerCase(Locale.ROOT))) {
            return "";
        }
        for (int k = 1; k < words.size(); k++) {
            String w = words.get(k);
            if (!w.equals(w.toLowerCase(Locale.ROOT))) {
                return "";
            }
        }
        String head = words.get(1);
        if (English.PRONOUNS.contains(head) || English.DETERMINERS.contains(head) || OPENERS.contains(head)
                || finite(head)) {
            return "";
        }
        if (words.size() > 2) {
            // Why: only a preposition, a relative or infinitive word, or a noun goes on a noun phrase's head; a verb
            // there makes the phrase a clause with its own subject ("the client cried", "the kids need structure").
            String next = words.get(2);
            boolean joins = English.PREPOSITIONS.contains(next) || AFTER_HEAD.contains(next);
            boolean verbForm = EN.is(next, English.Form.PAST) || EN.is(next, English.Form.THIRD)
                    || EN.is(next, English.Form.PARTICIPLE) || EN.is(next, English.Form.GERUND)
                    || next.endsWith("ed") || next.endsWith("ing");
            boolean noun = EN.mostlyNoun(next) && !verbForm
                    && !(EN.is(next, English.Form.BASE) && head.endsWith("s"));
            if (!joins && !noun) {
                return "";
            }
        }
        String last = words.get(words.size() - 1);
        if (English.PREPOSITIONS.contains(last) || English.CONJUNCTIONS.contains(last) || OPENERS.contains(last)) {
            return "";
        }
        return Phrases.decapitalize(t);
    }

    /** A verb's past or its third person, never a noun first ("thought", "steps" are nouns here). */
    private static boolean finite(String w) {
        return (EN.is(w, English.Form.PAST) || EN.is(w, English.Form.THIRD) || w.endsWith("ed"))
                && !(EN.mostlyNoun(w) || EN.isNounFirst(w));
    }
}
