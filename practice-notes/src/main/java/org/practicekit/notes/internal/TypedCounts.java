package org.practicekit.notes.internal;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The chart's counts and approximations written as a signed sentence writes them: a count of times typed with the
 * multiplication sign ("x2" and "2x" closing what they count are "twice", "x1" "once", "x3" "3 times") and an
 * approximate number ("~20" is "about 20"). A unit after its number ("10 min") is not written out here: round 18 built
 * it and it moved a spent blind floor (docs/notes.md, round 18). One table for both sides: {@link Shorthand#expand}
 * applies it, so the composer writes these words and the verifier reads the prompt and the draft through the same words, and a changed number or count inside a written
 * fragment is still a changed number or count. Deny by default: "oriented x4" (an orientation, no count), "x2 weeks"
 * (a duration, {@link TypedFragments#amounts}), "x3 nights" (what the number counts), "3x/wk" (a rate, {@link
 * Shorthand#rates}) and "tearful x2" (an adjective: no deed happened twice) stay as typed. Stateless and thread-safe.
 */
public final class TypedCounts {
    /**
     * A count with the multiplication sign after the word it counts: "x2" or "2x", closing a piece or before a time
     * word or a preposition; never before a unit (a duration) or a slash (a rate).
     */
    private static final Pattern COUNT = Pattern.compile("(?<=[A-Za-z)] )(?:[xX] ?(\\d{1,2})|(\\d{1,2})[xX])"
            + "(?![\\w/-]|\\.\\d)");
    /**
     * What may follow a count: the end of the piece or a word of when or where it was ("x2 this week", "x2 during
     * session", "x2 daily"). Anything else ("x3 nights", "x2 wks") is what the number counts, never a count of times.
     */
    private static final Set<String> AFTER_COUNT = Set.of("this", "last", "past", "during", "in", "at", "on", "since",
            "today", "yesterday", "daily", "weekly", "nightly", "each", "every", "per", "before", "after", "while",
            "when", "with", "and", "but", "then", "over", "within", "overnight", "tonight", "so");
    /** "~" before a number: about that many. */
    private static final Pattern ABOUT = Pattern.compile("(?<![\\w~])~ ?(?=\\d)");
    /** Words a count after which is no count: "oriented x4", "A&O x3", "AOx3". */
    private static final Set<String> NO_COUNT = Set.of("oriented", "orientated", "o", "ao", "aox", "a&o", "and",
            "or", "by", "x", "times", "a");

    private TypedCounts() {
    }

    /** {@code text} with its counts and "~" written out; the text itself when there is none. */
    public static String written(String text) {
        if (!Units.hasDigit(text)) {
            return text;
        }
        String out = text;
        if (out.indexOf('~') >= 0) {
            out = ABOUT.matcher(out).replaceAll("about ");
        }
        if (out.indexOf('x') >= 0 || out.indexOf('X') >= 0) {
            Matcher m = COUNT.matcher(out);
            StringBuilder b = null;
            int last = 0;
            while (m.find()) {
                String before = wordBefore(out, m.start()).toLowerCase(Locale.ROOT);
                // "tearful x2": an adjective is no deed that happened twice; the typed count stays.
                if (NO_COUNT.contains(before) || before.isEmpty() || Character.isDigit(before.charAt(0))
                        || !closesCount(out, m.end()) || English.get().isAdjective(before)
                        && !English.get().isVerb(English.get().baseOf(before))) {
                    continue;
                }
                String n = m.group(1) != null ? m.group(1) : m.group(2);
                b = b == null ? new StringBuilder(out.length() + 8) : b;
                b.append(out, last, m.start()).append(times(Integer.parseInt(n)));
                last = m.end();
            }
            if (b != null) {
                out = b.append(out, last, out.length()).toString();
            }
        }
        return out;
    }

    /** "once", "twice", "3 times": how a signed sentence counts. */
    static String times(int n) {
        return n == 1 ? "once" : n == 2 ? "twice" : n + " times";
    }

    private static boolean closesCount(String text, int end) {
        if (end == text.length() || ",;.)!?:".indexOf(text.charAt(end)) >= 0) {
            return true;
        }
        if (text.charAt(end) != ' ') {
            return false;
        }
        int to = end + 1;
        while (to < text.length() && Character.isLetter(text.charAt(to))) {
            to++;
        }
        return AFTER_COUNT.contains(text.substring(end + 1, to).toLowerCase(Locale.ROOT));
    }

    private static String wordBefore(String text, int at) {
        int end = at;
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        if (end > 0 && text.charAt(end - 1) == ')') {
            return ")";
        }
        int start = end;
        while (start > 0 && text.charAt(start - 1) != ' ') {
            start--;
        }
        return text.substring(start, end);
    }
}
