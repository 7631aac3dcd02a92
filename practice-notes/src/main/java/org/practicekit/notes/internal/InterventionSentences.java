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
 * with the field as it compares a labelled line's value. A focus typed as a sentence whose subject is the client and
 * whose verb is a past ("Client described the night her father died.") is what the client did in that work, said after
 * {@link HandOvers#FOCUS_SENTENCE} with the note's word for the client ({@link #focusSentence}). Deny by default: ""
 * for anything else, which keeps its line.
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

    /** The typed words that name the client as a sentence's subject. */
    private static final Set<String> CLIENT = Set.of("client", "pt", "patient");
    /** Pasts that are auxiliaries or a copula: a state or a second verb follows, which this reading does not take. */
    private static final Set<String> AUXILIARIES = Set.of("was", "were", "had", "did", "could", "would", "should",
            "might", "got");

    /**
     * A focus typed as one sentence with the client as its subject and a verb's past ("Client talked about her son's
     * arrest."), as the clause after {@link HandOvers#FOCUS_SENTENCE}: {@code client} (the note's "the client" or "the
     * patient"), then the typed words from the verb on, the final period left to the sentence. The verifier calls this
     * with the same field, so the words it adds are the subject's article only. "" for a second piece (a comma, a
     * semicolon), a quotation, a negation, a name, an auxiliary or a copula, or a subject that is anyone else.
     */
    public static String focusSentence(String typed, String client) {
        String t = typed.strip();
        if (t.endsWith(".")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        if (t.isEmpty() || ODD.matcher(t).find() || Phrases.negated(t) || HandOvers.typedIn(t)) {
            return "";
        }
        List<String> words = List.of(t.split("\\s+"));
        int verb = words.size() > 1 && words.get(0).equalsIgnoreCase("the") ? 2 : 1;
        if (words.size() < verb + 2 || !CLIENT.contains(words.get(verb - 1).toLowerCase(Locale.ROOT))
                || verb == 2 && words.get(1).equals("pt")) {
            return "";
        }
        String past = words.get(verb);
        if (AUXILIARIES.contains(past) || !(EN.is(past, English.Form.PAST) && EN.isVerb(EN.baseOf(past)))) {
            return "";
        }
        for (int k = verb; k < words.size(); k++) {
            String w = words.get(k);
            if (!w.equals(w.toLowerCase(Locale.ROOT)) && !w.equals("I")) {
                return "";
            }
        }
        return client + " " + String.join(" ", words.subList(verb, words.size()));
    }

    /** A verb's past or its third person, never a noun first ("thought", "steps" are nouns here). */
    private static boolean finite(String w) {
        return (EN.is(w, English.Form.PAST) || EN.is(w, English.Form.THIRD) || w.endsWith("ed"))
                && !(EN.mostlyNoun(w) || EN.isNounFirst(w));
    }
}
