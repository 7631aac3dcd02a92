package org.practicekit.notes.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Crisis and emergency lines by their numbers, as a safety plan types them ("988 reviewed", "text HOME to 741741",
 * "mom to call 911"): such a number is the name of a line, not a count, so a draft binds it to a field that gives the
 * same number wherever it stands, and the words that name the line ("the 988 crisis line", "the Suicide and Crisis
 * Lifeline") are what the number says. A phone number typed with its dashes ("555-0142", "1-800-273-8255") is a line
 * too. A number no field gives is still invented. Stateless and thread-safe.
 */
public final class CrisisLines {
    /** Lines known by number alone, and the words that name each one in a draft. */
    private static final Map<String, Set<String>> LINES = Map.of(
            "988", Set.of("crisis", "line", "lifeline", "suicide", "hotline", "number", "call", "text", "phone"),
            "911", Set.of("emergency", "services", "number", "call", "line", "phone"),
            "741741", Set.of("crisis", "text", "line", "number", "hotline", "phone"),
            "18002738255", Set.of("crisis", "line", "lifeline", "suicide", "hotline", "number", "prevention",
                    "national", "phone"));
    /** What every phone number a field gives may be called. */
    private static final Set<String> PHONE_WORDS = Set.of("line", "number", "phone", "hotline", "call", "text");

    /** Every word that may name a line: most words are none, and skip the look at the fields. */
    private static final Set<String> ANY_NAME = union();

    private CrisisLines() {
    }

    private static Set<String> union() {
        Set<String> all = new java.util.HashSet<>(PHONE_WORDS);
        LINES.values().forEach(all::addAll);
        return Set.copyOf(all);
    }

    /** Whether {@code word} may name a line at all. */
    public static boolean mayName(String word) {
        return ANY_NAME.contains(word);
    }

    /** Whether {@code word} is a line's number: a known line or a phone number with its dashes (7 digits or more). */
    public static boolean isLine(String word) {
        return LINES.containsKey(digitsOf(word)) || word.indexOf('-') > 0 && phoneShaped(word);
    }

    /** Whether {@code word} names a line whose number is among {@code fieldWords}. */
    public static boolean names(String word, List<String> fieldWords) {
        for (String f : fieldWords) {
            if (f.isEmpty() || !Character.isDigit(f.charAt(0)) || !isLine(f)) {
                continue;
            }
            Set<String> words = LINES.get(digitsOf(f));
            if (PHONE_WORDS.contains(word) || words != null && words.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean phoneShaped(String word) {
        int digits = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c != '-') {
                return false;
            }
        }
        return digits >= 7;
    }

    private static String digitsOf(String word) {
        if (word.indexOf('-') < 0) {
            return word;
        }
        StringBuilder b = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c != '-') {
                b.append(c);
            }
        }
        return b.toString();
    }
}
