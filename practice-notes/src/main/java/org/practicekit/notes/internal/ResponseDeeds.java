package org.practicekit.notes.internal;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Round 32: a response typed as a bare deed, a regular past and its object with no article ("drafted script for Monday
 * meeting", "drafted text"), which the phrase reader takes for a noun phrase because its verb list lacks the verb
 * ("draft"; WordNet has it). Said as the client's act with the typed words in their order, and
 * "a" or "an" before the object where its head is a singular count noun and nothing but a preposition or the end
 * follows it: "drafted a script for Monday meeting". Deny by default: "" for anything else (a state participle, a verb
 * done to the client, punctuation, a number, a negation, a person as the object, a head the article does not fit).
 */
final class ResponseDeeds {
    private static final English EN = English.get();

    // Words and spaces only: a comma, semicolon, colon, "+", arrow, quotation or parenthesis is another shape.
    private static final Pattern PLAIN = Pattern.compile("[a-z][a-z'\\-]*(?: [A-Za-z][A-Za-z'\\-]*)+");

    /** Negations and words that make the deed something else than the client's plain act. */
    private static final Set<String> REFUSED = Set.of("not", "no", "never", "without", "by", "unable", "didn't",
            "pt", "client", "patient", "x");

    private ResponseDeeds() {
    }

    /** The predicate ("drafted a script for Monday meeting"), or "" when the typed piece is not that shape. */
    static String predicate(String text, Set<String> states) {
        String t = text.strip();
        if (!PLAIN.matcher(t).matches()) {
            return "";
        }
        String[] w = t.split(" ");
        String verb = w[0];
        if (!deed(verb) || states.contains(verb)) {
            return "";
        }
        for (String x : w) {
            if (REFUSED.contains(x.toLowerCase(Locale.ROOT))) {
                return "";
            }
        }
        String first = w[1].toLowerCase(Locale.ROOT);
        if (English.DETERMINERS.contains(first) || English.POSSESSIVES.contains(first)
                || English.PREPOSITIONS.contains(first) || English.CONJUNCTIONS.contains(first)
                || EN.ADVERBS.contains(first) || Character.isUpperCase(w[1].charAt(0))) {
            return "";
        }
        // The object runs to the first preposition or the end; its last word is its head.
        int end = 1;
        while (end < w.length && !English.PREPOSITIONS.contains(w[end].toLowerCase(Locale.ROOT))) {
            if (English.CONJUNCTIONS.contains(w[end].toLowerCase(Locale.ROOT)) || English.isLyAdverb(w[end])) {
                return "";
            }
            end++;
        }
        if (end - 1 > 2) {
            return "";
        }
        String head = w[end - 1].toLowerCase(Locale.ROOT);
        // One word before the head, a modifier ("Monday meeting" aside): an adjective or a noun, never a verb's base.
        if (end - 1 == 2 && !(EN.isAdjective(first) || EN.mostlyNoun(first) || EN.isNounFirst(first))) {
            return "";
        }
        if (!NounKinds.takesArticle(head) || head.endsWith("s") && !EN.isCountNoun(head)
                || PhraseReader.isPersonNoun(head) || PhraseReader.isPersonNoun(first)) {
            return "";
        }
        StringBuilder out = new StringBuilder(verb).append(' ').append(English.indefiniteArticle(w[1]));
        for (int i = 1; i < w.length; i++) {
            out.append(' ').append(w[i]);
        }
        return out.toString();
    }

    /** A regular past of a verb WordNet knows (the stem checked too: the lexicon misses some pasts). */
    private static boolean deed(String w) {
        if (!w.endsWith("ed") || w.length() <= 4 || EN.isAux(w) || Phrase.DONE_TO.contains(w)
                || EN.is(w, English.Form.BASE)) {
            return false;
        }
        String stem = w.substring(0, w.length() - 2);
        return EN.canBeVerb(stem) || EN.canBeVerb(stem + "e") || stem.length() > 3
                && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)
                && EN.canBeVerb(stem.substring(0, stem.length() - 1));
    }
}
