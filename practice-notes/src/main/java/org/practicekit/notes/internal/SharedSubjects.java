package org.practicekit.notes.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A response typed with its own subject, the client and a relative ("pt and mother each agreed to one rule"): the
 * subject is kept, "pt" written as the client, the relative as the client's ("the client and the client's mother each
 * agreed to one rule"). Deny by default: the relative is one word naming a family member or partner, then "each" or
 * "both", then a past-tense verb the two did, then words with no shorthand, quotation, colon, arrow or negation.
 */
final class SharedSubjects {
    private static final Pattern TWO = Pattern.compile("(?i)(?:pt|the client|client) (?:and|&|\\+) ([a-z]+) (each|both)"
            + " ([a-z]+)( [^;:\"\u201C/~+<>=()]+)?");
    private static final English EN = English.get();

    private SharedSubjects() {
    }

    /** The sentence's clause with {@code subject} and {@code owner} ("the client's"), or "" when it is not such a piece. */
    static String clause(String piece, String subject, String owner) {
        Matcher m = TWO.matcher(piece.strip());
        if (!m.matches()) {
            return "";
        }
        String person = m.group(1).toLowerCase(java.util.Locale.ROOT);
        String verb = m.group(3);
        String rest = m.group(4) == null ? "" : m.group(4);
        if (!Lexicon.PEOPLE.contains(person) || !EN.is(verb, English.Form.PAST) || EN.is(verb, English.Form.BASE)
                || EN.isAux(verb) || Phrase.DONE_TO.contains(verb) || rest.contains("->") || Phrases.negated(rest)
                || rest.matches("(?i).*\\bpt\\b.*")) {
            return "";
        }
        return subject + " and " + owner + " " + person + " " + m.group(2).toLowerCase(java.util.Locale.ROOT) + " "
                + verb + rest;
    }
}
