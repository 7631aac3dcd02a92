package org.practicekit.notes.internal;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ages typed bare, as the verifier reads a field and a draft sentence alike: a number set off beside a person
 * ("son (9)", "trans woman, 27,", "pt - 19 -", "the client is 19,") and every number of an age list ("ages 4, 7, 12",
 * "aged 38 and 41") is that person's age, written "9-year-old" as {@link Demographics} writes "9 yo". A number beside
 * anything else, or followed by a word ("mom, 2 sisters"), keeps its reading. Stateless and thread-safe.
 */
public final class Ages {
    /** "ages 4, 7, 12", "aged 38 and 41", "ages 38/41": a list of ages after the word. */
    private static final Pattern LIST = Pattern.compile("(?i)\\bage[sd]?:? (\\d{1,3}(?:(?:, ?| and | & |/)\\d{1,3})+)"
            + "(?![\\w/:%-]|\\.\\d)");
    private static final Pattern LIST_NUMBER = Pattern.compile("\\d{1,3}");
    /** A word, then a number set off after it: in parentheses, between commas or dashes, or after "is". */
    private static final Pattern SET_OFF = Pattern.compile("(?i)\\b([a-z']+)(?: \\((\\d{1,3})\\)"
            + "|, (\\d{1,3})(?= ?[,;)]|\\.(?!\\d)|$)"
            + "| - (\\d{1,3}) -| (?:is|was) (\\d{1,3})(?=[,;]|\\.(?!\\d)|$))");
    /** Who an age may be said of, beside the roles and the client's words. */
    private static final Set<String> PEOPLE = Set.of("woman", "man", "boy", "girl", "widow", "widower", "teen", "child",
            "kid", "kids", "children", "student", "veteran", "adult", "male", "female", "person", "twins");

    private Ages() {
    }

    /** {@code text} with every bare age written as "N-year-old". */
    public static String written(String text) {
        if (!Units.hasDigit(text)) {
            return text;
        }
        String out = text;
        if (out.indexOf("age") >= 0 || out.indexOf("Age") >= 0) {
            out = LIST.matcher(out).replaceAll(m -> Matcher.quoteReplacement(
                    LIST_NUMBER.matcher(m.group(1)).replaceAll("$0-year-old")));
        }
        if (!maySetOff(out)) {
            return out;
        }
        Matcher m = SET_OFF.matcher(out);
        if (!m.find()) {
            return out;
        }
        StringBuilder b = new StringBuilder();
        do {
            int g = m.group(2) != null ? 2 : m.group(3) != null ? 3 : m.group(4) != null ? 4 : 5;
            int age = Integer.parseInt(m.group(g));
            boolean person = isPerson(m.group(1).toLowerCase(Locale.ROOT));
            if (!person || age == 0 || age > 110) {
                m.appendReplacement(b, Matcher.quoteReplacement(m.group()));
                continue;
            }
            String whole = m.group();
            int at = m.start(g) - m.start();
            m.appendReplacement(b, Matcher.quoteReplacement(whole.substring(0, at) + age + "-year-old"
                    + whole.substring(m.end(g) - m.start())));
        } while (m.find());
        m.appendTail(b);
        return b.toString();
    }

    /**
     * Whether a digit stands where a set-off age starts: after " (", ", ", " - " or "is "/"was ". Every match of
     * {@link #SET_OFF} has one. Why: most numbers typed (times, dates, scores) are none of these, and the pattern's
     * search tries a word boundary at every character of the text.
     */
    private static boolean maySetOff(String text) {
        for (int i = 2; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                continue;
            }
            char one = text.charAt(i - 1);
            char two = text.charAt(i - 2);
            if ((one == '(' && two == ' ' || one == ' ' && (two == ',' || two == '-' || two == 's' || two == 'S'))
                    && setOffAt(text, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the digits at {@code at} stand as {@link #SET_OFF} needs them, the word before and what follows included:
     * "word (N)", "word, N" and "word is N" before a comma, a semicolon, a full stop or the end, "word - N -". Why: "s "
     * before a number ("attacks 3x") passed the gate above and sent the text through the pattern for nothing.
     */
    private static boolean setOffAt(String text, int at) {
        int end = at;
        while (end < text.length() && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
            end++;
        }
        if (end - at > 3 || at > 0 && isDigit(text.charAt(at - 1))) {
            return false;
        }
        char one = text.charAt(at - 1);
        char two = text.charAt(at - 2);
        if (one == '(') {
            return wordEndsAt(text, at - 3) && end < text.length() && text.charAt(end) == ')';
        }
        if (two == ',') {
            return wordEndsAt(text, at - 3) && endsSetOff(text, end);
        }
        if (two == '-') {
            return at >= 4 && text.charAt(at - 3) == ' ' && wordEndsAt(text, at - 4) && end + 1 < text.length()
                    && text.charAt(end) == ' ' && text.charAt(end + 1) == '-';
        }
        boolean is = at >= 4 && text.regionMatches(true, at - 3, "is", 0, 2) && text.charAt(at - 4) == ' '
                && wordEndsAt(text, at - 5);
        boolean was = at >= 5 && text.regionMatches(true, at - 4, "was", 0, 3) && text.charAt(at - 5) == ' '
                && wordEndsAt(text, at - 6);
        return (is || was) && endsSetOff(text, end);
    }

    /** A letter or apostrophe of the word {@link #SET_OFF} reads before the age (any non-ASCII letter, to be safe). */
    private static boolean wordEndsAt(String text, int at) {
        if (at < 0) {
            return false;
        }
        char c = text.charAt(at);
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '\'' || c > 127;
    }

    /** What may follow a set-off age: a comma, semicolon or bracket (perhaps after a space), a full stop, the end. */
    private static boolean endsSetOff(String text, int end) {
        if (end >= text.length()) {
            return true;
        }
        char c = text.charAt(end);
        if (c == ' ' && end + 1 < text.length()) {
            c = text.charAt(end + 1);
        }
        return c == ',' || c == ';' || c == ')' || c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028'
                || c == '\u2029' || text.charAt(end) == '.' && (end + 1 == text.length() || !isDigit(text.charAt(end + 1)));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isPerson(String w) {
        return PEOPLE.contains(w) || Actors.isActorWord(w) || Reporters.role(w).isPresent();
    }
}
