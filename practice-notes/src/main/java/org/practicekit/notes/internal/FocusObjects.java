package org.practicekit.notes.internal;

import java.util.Locale;
import java.util.Set;

/**
 * Round 25: the object of "focused on" for a focus the phrase reader could not rewrite, by the phrase type its first
 * word opens (a topic the typed-topic reading would otherwise hand over after ", centered on "). A clinician writes the
 * work as "used X focused on Y", Y a noun's phrase: a gerund phrase ("identifying 'should' statements") and a clause a
 * question word opens ("what happened before the relapse") are nouns' phrases as typed; a phrase opened by a verb's
 * past ("challenged beliefs about ...") is the work done, its gerund ("challenging beliefs about ..."), whose tense and
 * doer the gerund does not say. Deny by default: anything else, a comma (a second piece), a question, a person or an
 * auxiliary's past ("was tearful", a state) gives "" and keeps its old reading.
 */
final class FocusObjects {
    private static final English EN = English.get();

    /** Words that open a clause usable as a noun ("focused on how ..."). */
    private static final Set<String> QUESTION_WORDS = Set.of("how", "what", "why", "when", "where", "whether", "which");

    private static final Set<String> PAST_AUXILIARIES = Set.of("was", "were", "had", "did", "got");

    private FocusObjects() {
    }

    /** The typed focus as the object of "focused on", or "" when its first word opens no phrase of those types. */
    static String object(String typed) {
        String t = typed.strip();
        if (t.isEmpty() || t.indexOf(',') >= 0 || t.indexOf(';') >= 0 || t.indexOf('?') >= 0 || t.indexOf(':') >= 0
                || t.indexOf('(') >= 0 || t.contains("->") || t.indexOf('=') >= 0 || t.endsWith(".")) {
            return "";
        }
        String[] words = t.split(" ");
        if (words.length < 2 || !words[0].matches("[A-Za-z]+")) {
            return "";
        }
        // A capital after the first word may be a name: who it is, only the actor rules read.
        for (int i = 1; i < words.length; i++) {
            if (!words[i].isEmpty() && Character.isUpperCase(words[i].charAt(0))) {
                return "";
            }
        }
        String first = words[0].toLowerCase(Locale.ROOT);
        String rest = t.substring(words[0].length());
        if (QUESTION_WORDS.contains(first) || first.endsWith("ing") && EN.is(first, English.Form.GERUND)) {
            return first + rest;
        }
        String base = EN.baseOf(first);
        if (!PAST_AUXILIARIES.contains(first) && !base.isEmpty() && !base.equals(first)
                && EN.is(first, English.Form.PAST) && EN.isVerb(base)) {
            return EN.gerund(base) + rest;
        }
        return noun(words) ? t : "";
    }

    /**
     * A noun phrase that needs no article of its own: its head (the word before the first preposition, or the last)
     * is a plural ("relapse triggers") or a noun no one counts ("evidence for and against ..."). A singular count noun
     * ("thought record") would need an article the typed words do not give: denied.
     */
    private static boolean noun(String[] words) {
        int head = words.length - 1;
        for (int i = 1; i < words.length; i++) {
            if (English.PREPOSITIONS.contains(words[i]) || English.CONJUNCTIONS.contains(words[i])) {
                head = i - 1;
                break;
            }
        }
        for (int i = 0; i <= head; i++) {
            if (!words[i].matches("[a-z][a-z\\-]*") || EN.is(words[i], English.Form.GERUND)
                    || i < head && EN.canBeVerb(words[i]) && !EN.mostlyNoun(words[i])) {
                // A verb's base before the head reads as a command ("avoid triggers"): no noun's phrase.
                return false;
            }
        }
        String w = words[head];
        boolean plural = w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && EN.isCountNoun(w.substring(0, w.length() - 1));
        boolean mass = !EN.isCountNoun(w) && EN.mostlyNoun(w) && EN.tagged(w, English.WordClass.NOUN) > 0;
        return plural || mass;
    }
}
