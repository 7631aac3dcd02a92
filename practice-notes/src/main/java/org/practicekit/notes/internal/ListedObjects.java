package org.practicekit.notes.internal;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A response typed as a past-tense verb and a colon before its list ("listed: walk the dog, call aunt"): the list is the
 * verb's object ("the client listed walk the dog and call aunt"). Deny by default: one verb the client did, then two to
 * six short items with no quotation, semicolon, colon, arrow or negation, kept as typed.
 */
final class ListedObjects {
    /** Round 36: ", " compiled once (String.split compiles a two-character separator on every call). */
    private static final java.util.regex.Pattern COMMA_SPACE = java.util.regex.Pattern.compile(", ");
    private static final Pattern LISTED = Pattern.compile("([a-z]+): ([^:;\"\u201C()<>=]+)");
    private static final English EN = English.get();

    private ListedObjects() {
    }

    /** "{subject} listed a, b, and c", or "" when the piece is not exactly a verb and its colon list. */
    static String clause(String piece, String subject) {
        Matcher m = LISTED.matcher(piece.strip());
        if (!m.matches() || m.group(2).contains("->") || Phrases.negated(m.group(2))) {
            return "";
        }
        String verb = m.group(1);
        if (!EN.is(verb, English.Form.PAST) || EN.is(verb, English.Form.BASE) || EN.isAux(verb) || EN.mostlyNoun(verb)
                || Phrase.DONE_TO.contains(verb) || EN.isSpeechVerb(EN.baseOf(verb))) {
            return "";
        }
        List<String> items = List.of(COMMA_SPACE.split(m.group(2).strip()));
        if (items.size() < 2 || items.size() > 6) {
            return "";
        }
        for (String item : items) {
            String[] words = item.strip().split(" ");
            if (item.isBlank() || words.length > 5 || English.CONJUNCTIONS.contains(words[0].toLowerCase(Locale.ROOT))
                    || item.matches("(?i).*\\bpt\\b.*")) {
                return "";
            }
        }
        String last = items.get(items.size() - 1).strip();
        String joined = items.size() == 2 ? items.get(0).strip() + " and " + last
                : String.join(", ", items.subList(0, items.size() - 1)) + ", and " + last;
        return subject + " " + verb + " " + joined;
    }
}
