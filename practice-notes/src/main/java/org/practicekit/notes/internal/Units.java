package org.practicekit.notes.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number bound to its unit, as the verifier reads typed text and a draft alike: a unit glued to its number is
 * its own word ("25mg" is "25 mg", "10min" is "10 min"), a unit's short form after a number is the unit ("20 min" is
 * "20 minutes", "8 wk" is "8 weeks"), and a count of times is times ("3x this week" is "3 times this week"; "x3" stays
 * as typed, a count the quantity reader knows). Only after a number, so "min" and "x" elsewhere keep their reading.
 * Stateless and thread-safe.
 */
public final class Units {
    /** A number with a unit glued on or one space away, read as one quantity. */
    private static final Pattern UNIT = Pattern.compile("(?<![\\w./])(\\d+(?:\\.\\d+)?(?:-\\d+)?)(?: ?(mg|mcg|ml|min"
            + "|mins|minute|minutes|hr|hrs|hour|hours|wk|wks|day|days|mo|mos|yr|yrs|x)"
            + "|-(min|mins|hr|hrs|wk|wks|mo|mos))(?![\\w/])", Pattern.CASE_INSENSITIVE);
    /**
     * An hour with its half of the day ("10am", "10 AM", "7 a.m."), written one way, "10am"; a range of two
     * ("10pm-7am") is two hours, "10pm to 7am". The "am" is never the verb "be". Times with minutes keep their form.
     */
    private static final Pattern CLOCK = Pattern.compile("(?<![\\w./:])(\\d{1,2}) ?([ap])(?:m|\\.m\\.)(?!\\w)"
            + "(?:(?: ?- ?| to )(\\d{1,2}) ?([ap])(?:m|\\.m\\.)(?!\\w))?", Pattern.CASE_INSENSITIVE);

    private Units() {
    }

    /** {@code text} with every number's unit written as a word of its own. */
    public static String written(String text) {
        if (!hasDigit(text)) {
            return text;
        }
        text = clock(text);
        if (!mayHoldUnit(text)) {
            return text;
        }
        Matcher m = UNIT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String number = m.group(1);
            // "25-min" typed is "25 minutes"; a written "25-minute" or "72-hour" stays one word, as in the lexicon.
            String typed = m.group(2) != null ? m.group(2) : m.group(3);
            String unit = typed.toLowerCase(java.util.Locale.ROOT);
            boolean one = number.equals("1");
            String word = switch (unit) {
                case "min", "mins", "minute", "minutes" -> one ? "minute" : "minutes";
                case "hr", "hrs", "hour", "hours" -> one ? "hour" : "hours";
                case "wk", "wks" -> one ? "week" : "weeks";
                case "mo", "mos" -> one ? "month" : "months";
                case "yr", "yrs" -> one ? "year" : "years";
                case "x" -> one ? "time" : "times";
                default -> typed;
            };
            m.appendReplacement(out, Matcher.quoteReplacement(number + " " + word));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String clock(String text) {
        if (!mayHoldHour(text)) {
            return text;
        }
        Matcher m = CLOCK.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        do {
            String one = m.group(1) + m.group(2).toLowerCase(java.util.Locale.ROOT) + "m";
            String two = m.group(3) == null ? ""
                    : " to " + m.group(3) + m.group(4).toLowerCase(java.util.Locale.ROOT) + "m";
            m.appendReplacement(out, Matcher.quoteReplacement(one + two));
        } while (m.find());
        m.appendTail(out);
        return out.toString();
    }

    /**
     * Spans of time, spelled out and in the short forms {@link #written(String)} reads ("wk", "mos", "yrs"): the
     * words a count of time ends on ("5 wks without", "3 days since").
     */
    private static final java.util.Set<String> SPANS = java.util.Set.of("day", "days", "night", "nights", "week",
            "weeks", "wk", "wks", "month", "months", "mo", "mos", "year", "years", "yr", "yrs", "hour", "hours", "hr",
            "hrs", "time");

    /** Whether {@code word} (lower case) names a span of time, spelled out or short ("weeks", "wks", "mo"). */
    public static boolean isSpanOfTime(String word) {
        return SPANS.contains(word);
    }

    /** Whether {@code word} is an hour of the day as {@link #written(String)} writes it: "10am", "7pm". */
    public static boolean isHour(String word) {
        int n = word.length();
        return n >= 3 && n <= 4 && word.charAt(n - 1) == 'm' && (word.charAt(n - 2) == 'a' || word.charAt(n - 2) == 'p')
                && Character.isDigit(word.charAt(0)) && Character.isDigit(word.charAt(n - 3));
    }

    /**
     * Whether a digit is followed, directly or after one space or hyphen, by a letter a unit can start with: every number the
     * pattern reads ends in a digit so followed. Why: most numbers typed (times, dates, scores) have no unit, and the
     * pattern's search tries its look-behind at every character of the text.
     */
    private static boolean mayHoldUnit(String text) {
        return digitThen(text, Units::unitStart, true);
    }

    /** Whether a digit is followed, directly or after one space (or hyphen when {@code hyphen}), by such a letter. */
    private static boolean digitThen(String text, java.util.function.IntPredicate letter, boolean hyphen) {
        int n = text.length();
        for (int i = 0; i < n - 1; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                char next = text.charAt(i + 1);
                if (letter.test(next) || (next == ' ' || hyphen && next == '-') && i + 2 < n
                        && letter.test(text.charAt(i + 2))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a digit is followed, directly or after one space, by "a" or "p": every hour {@link #CLOCK} reads is. */
    private static boolean mayHoldHour(String text) {
        return digitThen(text, Units::halfOfDay, false);
    }

    private static boolean halfOfDay(int c) {
        return c == 'a' || c == 'A' || c == 'p' || c == 'P';
    }

    private static boolean unitStart(int c) {
        return switch (c) {
            case 'm', 'M', 'h', 'H', 'w', 'W', 'd', 'D', 'y', 'Y', 'x', 'X' -> true;
            default -> false;
        };
    }

    /** Whether {@code text} holds a digit: most text has no number and skips the reading. */
    public static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }
}
