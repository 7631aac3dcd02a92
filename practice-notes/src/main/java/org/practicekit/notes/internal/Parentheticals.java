package org.practicekit.notes.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Round 41: a parenthetical pasted from the typed text into prose ("sertraline 100 mg (increased last month)",
 * "PHQ-9 11 (baseline 14)"). A chart line keeps the clinician's parentheses; a sentence says the words, set off by
 * commas as English sets off an aside: "sertraline 100 mg, increased last month". Only the marks change, never a word,
 * a number or a negation.
 *
 * <p>Deny by default: only an aside opening with a participle or an adjective (how the thing before it is or was) with
 * no noun after it, and not after a person, is rewritten. Left as typed: "(per mom)" (the verifier reads ", per X" as
 * X's deed: "2 bottles/day, per pediatrician" was flagged on an independent dev set), "(was 4)" (a comparison), an
 * aside opening with a capital or a digit (an acronym's expansion "(CBT)", a name, a code "(F33.1)", a count
 * "(3-4x/wk)"), a preposition ("(of 3 assigned)": the verifier binds its number to the parentheses), a multiplication
 * sign ("(x3)"), a quotation, a colon or a semicolon, a nested or unclosed one and more than six words.
 */
final class Parentheticals {
    /** A closed parenthetical of one to six lower-case words, with what stands before it and the mark after it. */
    private static final Pattern ASIDE = Pattern.compile("(\\S)\\s*\\(([a-z][a-z'-]*(?: [a-z0-9][a-z0-9'/.-]*){0,5})\\)"
            + "(\\s*[.,;!?]|\\s+|$)");
    /** "x3", "3x": the chart's multiplication sign, read by the shorthand rules elsewhere. */
    private static final Pattern TIMES_SIGN = Pattern.compile("^x ?\\d|\\dx$");

    private static final English EN = English.get();

    private Parentheticals() {
    }

    /** An aside's first word: a participle ("increased") or an adjective ("new", "unchanged"). */
    private static boolean opensAnAside(String aside) {
        int space = aside.indexOf(' ');
        String first = space < 0 ? aside : aside.substring(0, space);
        // One word of how often ("(daily)") says when, not how the thing was: "passive SI, daily" is no English.
        if (English.PREPOSITIONS.contains(first) || English.DETERMINERS.contains(first) || AUXILIARIES.contains(first)
                || space < 0 && first.endsWith("ly")) {
            return false;
        }
        // An adjective before a noun ("elevated risk group") is a noun phrase, no predicate of what stands before it.
        if (space > 0) {
            String second = aside.substring(space + 1).split(" ")[0];
            if (second.matches("[a-z-]+") && EN.mostlyNoun(second) && !TIME_WORDS.contains(second)) {
                return false;
            }
        }
        return EN.is(first, English.Form.PARTICIPLE) || EN.is(first, English.Form.PAST) || EN.mostlyAdjective(first);
    }

    /** The word that ends at {@code end} (inclusive) in {@code text}, lower case. */
    private static String before(String text, int end) {
        int from = end;
        while (from > 0 && Character.isLetter(text.charAt(from - 1))) {
            from--;
        }
        return text.substring(from, end + 1).toLowerCase(java.util.Locale.ROOT);
    }

    /** Words that open a time after a participle ("increased last month"), though WordNet lists some as nouns. */
    private static final java.util.Set<String> TIME_WORDS = java.util.Set.of("last", "next", "this", "today",
            "yesterday", "since", "recently", "again", "twice", "once");

    /** "(was 2 beers)": an earlier value, read by the comparison rules; never an aside of its own. */
    private static final java.util.Set<String> AUXILIARIES = java.util.Set.of("was", "were", "is", "are", "be", "been",
            "had", "has", "have", "did", "does", "do");

    /** {@code text} with its lower-case parentheticals said as words; {@code text} itself when there is none. */
    static String inProse(String text) {
        if (text.indexOf('(') < 0 || text.indexOf('"') >= 0 || text.indexOf('\u201C') >= 0 || text.indexOf(':') >= 0
                || text.indexOf(';') >= 0) {
            return text;
        }
        Matcher m = ASIDE.matcher(text);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String aside = m.group(2);
            String after = m.group(3);
            // After a person the verifier reads the aside as that person's ("physician (elevated risk group)").
            if (TIMES_SIGN.matcher(aside).find() || !opensAnAside(aside) || PhraseReader.isPersonNoun(before(text,
                    m.start(1)))) {
                m.appendReplacement(b, Matcher.quoteReplacement(m.group()));
                continue;
            }
            // At the end or before a mark the aside closes on it; before more words it is closed by a second comma.
            String close = after.isBlank() && !after.isEmpty() ? "," + after : after;
            m.appendReplacement(b, Matcher.quoteReplacement(m.group(1) + ", " + aside + close));
        }
        m.appendTail(b);
        return b.toString();
    }
}
