package org.practicekit.notes.internal;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Clinician shorthand written out in full: "f/u" as "follow-up" (or "follow up" where a verb is
 * meant), "w/" as "with", "re:" as "regarding", "hx" as "history". The composer writes the words out
 * before it reads a phrase, so a shorthand is never inflected ("f/ued"); the verifier writes them out
 * in the prompt and in the draft alike, so either spelling traces to the other. Stateless and
 * thread-safe.
 */
public final class Shorthand {
    private static final List<String[]> WORDS = List.of(
            new String[] {"w/o", "without"}, new String[] {"w/", "with"}, new String[] {"b/c", "because"},
            new String[] {"re:", "regarding"}, new String[] {"hx", "history"}, new String[] {"dx", "diagnosis"},
            new String[] {"sx", "symptoms"}, new String[] {"appt", "appointment"}, new String[] {"appts", "appointments"},
            new String[] {"approx", "approximately"}, new String[] {"abt", "about"}, new String[] {"wk", "week"},
            new String[] {"wks", "weeks"}, new String[] {"hrs", "hours"}, new String[] {"hr", "hour"},
            new String[] {"mins", "minutes"}, new String[] {"yo", "year-old"}, new String[] {"y/o", "year-old"}, new String[] {"nl", "normal"},
            new String[] {"&", "and"}, new String[] {"tx", "treatment"}, new String[] {"pts", "clients"},
            new String[] {"cont", "continue"}, new String[] {"incl", "including"}, new String[] {"thurs", "Thursday"},
            new String[] {"tues", "Tuesday"}, new String[] {"wed", "Wednesday"}, new String[] {"fri", "Friday"},
            new String[] {"mon", "Monday"}, new String[] {"eval", "evaluation"}, new String[] {"evals", "evaluations"});
    private static final Pattern FOLLOW_UP = Pattern.compile("(?<![A-Za-z])([Ff])/[Uu](?![A-Za-z])");
    private static final Pattern WORD = Pattern.compile("(?<![A-Za-z0-9])(w/o|w/|b/c|re:|y/o|&|[A-Za-z]+)(?![A-Za-z0-9])(\\.?)");
    private static final Pattern AGE = Pattern.compile("\\b(\\d{1,3}) year-old\\b");

    private Shorthand() {
    }

    /** {@code text} with its shorthand written out; {@code verbFirst} reads an opening "f/u" as a verb. */
    public static String expand(String text, boolean verbFirst) {
        if (!hasShorthand(text)) {
            return text;
        }
        String out = text;
        Matcher m = WORD.matcher(out);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String w = m.group(1);
            String full = full(w);
            // "incl." and "approx." lose their abbreviation point with their abbreviation.
            boolean point = !m.group(2).isEmpty() && full != null && m.end() < out.length()
                    && out.charAt(m.end()) == ' ' && m.end() + 1 < out.length()
                    && Character.isLowerCase(out.charAt(m.end() + 1));
            m.appendReplacement(b, Matcher.quoteReplacement((full == null ? w : full) + (point ? "" : m.group(2))));
        }
        m.appendTail(b);
        out = AGE.matcher(b.toString()).replaceAll("$1-year-old");
        Matcher f = FOLLOW_UP.matcher(out);
        b = new StringBuilder();
        while (f.find()) {
            String after = out.substring(f.end()).strip().toLowerCase(Locale.ROOT);
            boolean prepositionNext = after.matches("(with|on|in|about|regarding|re|by|after|at|to|tomorrow|tonight"
                    + "|next|this|within|weekly|daily)\\b.*") || after.isEmpty();
            boolean verb = verbFirst && out.substring(0, f.start()).isBlank() && prepositionNext
                    || f.start() >= 3 && out.substring(Math.max(0, f.start() - 4), f.start()).toLowerCase(Locale.ROOT)
                    .matches(".*\\b(to|will) $");
            f.appendReplacement(b, f.group(1) + (verb ? "ollow up" : "ollow-up"));
        }
        f.appendTail(b);
        return b.toString();
    }

    private static String full(String w) {
        String lower = w.toLowerCase(Locale.ROOT);
        for (String[] s : WORDS) {
            if (s[0].equals(lower) && (w.equals(lower) || w.length() > 1 && !w.equals(w.toUpperCase(Locale.ROOT)))) {
                return Character.isUpperCase(w.charAt(0)) ? Character.toUpperCase(s[1].charAt(0)) + s[1].substring(1)
                        : s[1];
            }
        }
        return null;
    }

    /** A cheap test before the patterns run. */
    private static boolean hasShorthand(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '/' || c == '&' || c == ':') {
                return true;
            }
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (String[] s : WORDS) {
            if (lower.contains(s[0])) {
                return true;
            }
        }
        return false;
    }
}
