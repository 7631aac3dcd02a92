package org.practicekit.notes.internal;

import java.util.Set;

/**
 * Whether a text holds a month name before a number ("March 3", "Jan. 2024", "May, 2025"): what the verifier's month
 * patterns ("March 2024", "March 3rd") need before any of them can match. Why: a sentence naming a weekday or any
 * capitalized word starting like a month sent it through both patterns, which try a word boundary at every character.
 */
public final class MonthNumbers {
    /** The twelve month names in lower case. */
    private static final Set<String> NAMES = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");
    /** Every month name and short form the verifier's month patterns spell, in their case. */
    private static final Set<String> MONTHS = Set.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
            "Sep", "Sept", "Oct", "Nov", "Dec");

    private MonthNumbers() {
    }

    /** Whether a lower-case word is a month's full name ("march", not "mar"). */
    public static boolean isMonthName(String lowerWord) {
        return NAMES.contains(lowerWord);
    }

    /**
     * Whether a month name, as a whole run of letters, is followed by an optional full stop, an optional comma, white
     * space and a digit: a necessary condition for a match of the month-and-day and month-and-year patterns.
     */
    public static boolean monthBeforeNumber(CharSequence text) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 'A' || c > 'Z' || "JFMASOND".indexOf(c) < 0) {
                continue;
            }
            int end = i + 1;
            while (end < n && text.charAt(end) >= 'a' && text.charAt(end) <= 'z') {
                end++;
            }
            int j = end;
            if (j < n && text.charAt(j) == '.') {
                j++;
            }
            if (j < n && text.charAt(j) == ',') {
                j++;
            }
            int spaces = j;
            while (j < n && isSpace(text.charAt(j))) {
                j++;
            }
            if (j > spaces && j < n && text.charAt(j) >= '0' && text.charAt(j) <= '9'
                    && MONTHS.contains(text.subSequence(i, end).toString())) {
                return true;
            }
            i = end - 1;
        }
        return false;
    }

    /** The white space of a regular expression's {@code \s}. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
