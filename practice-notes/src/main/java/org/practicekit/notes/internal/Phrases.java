package org.practicekit.notes.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Small English helpers the composer and verifier share: lists, capitals, dates, subjects. */
public final class Phrases {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.US);
    private static final DateTimeFormatter WEEKDAY_DATE = DateTimeFormatter.ofPattern("EEEE, MMMM d, uuuu", Locale.US);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.US);
    private static final DateTimeFormatter TIME_NO_MERIDIEM = DateTimeFormatter.ofPattern("h:mm", Locale.US);

    // Words that open a clause with its own subject: such fragments are used as they are.
    private static final Set<String> SUBJECTS = Set.of("client", "patient", "she", "he", "they", "both", "each",
            "mother", "father", "parent", "parents", "partner", "partners", "couple", "family", "we", "i");
    private static final Set<String> BASE_VERBS = Set.of("reduce", "increase", "improve", "develop", "decrease",
            "establish", "identify", "maintain", "use", "learn", "practice", "attend", "return", "build", "manage",
            "strengthen", "resume", "complete", "engage", "express", "tolerate", "cope", "sleep", "limit", "eliminate",
            "achieve", "demonstrate", "process", "communicate", "restore", "report", "apply", "meet", "keep", "fall");

    private Phrases() {
    }

    /** "a", "a and b", "a, b, and c". */
    public static String list(List<String> items) {
        int n = items.size();
        if (n == 0) {
            return "";
        }
        if (n == 1) {
            return items.get(0);
        }
        if (n == 2) {
            boolean joined = items.get(0).contains(" and ") || items.get(1).contains(" and ");
            return items.get(0) + (joined ? ", and " : " and ") + items.get(1);
        }
        // Items that carry their own commas are written as separate sentences by the composer, never joined here.
        return String.join(", ", items.subList(0, n - 1)) + ", and " + items.get(n - 1);
    }

    public static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    public static String decapitalize(String s) {
        if (s.length() > 1 && Character.isUpperCase(s.charAt(0)) && Character.isUpperCase(s.charAt(1))) {
            return s;
        }
        if (s.startsWith("I ")) {
            return s;
        }
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    /** Drops a trailing period the therapist may have typed, so the composer adds exactly one. */
    public static String bare(String fragment) {
        String s = fragment.strip();
        while (s.endsWith(".")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s;
    }

    /** Ends a sentence with exactly one period and a capital first letter. */
    public static String sentence(String text) {
        String s = bare(text);
        if (s.endsWith("?") || s.endsWith("!") || s.endsWith("?\"") || s.endsWith("!\"") || s.endsWith(".\"")) {
            return capitalize(s);
        }
        if (s.endsWith("\"") || s.endsWith("”")) {
            // American usage: the period goes inside the closing quotation mark.
            return capitalize(s.substring(0, s.length() - 1)) + "." + s.charAt(s.length() - 1);
        }
        return capitalize(s) + ".";
    }

    /** True when the fragment already has a subject ("the client identified...", "she denied..."). */
    public static boolean hasSubject(String fragment) {
        String first = word(fragment, 0).toLowerCase(Locale.ROOT);
        if (SUBJECTS.contains(first)) {
            return true;
        }
        return (first.equals("the") || first.equals("their") || first.equals("her") || first.equals("his"))
                && SUBJECTS.contains(word(fragment, first.length()).toLowerCase(Locale.ROOT));
    }

    /** The first word at or after {@code from} (words end at a space or comma). */
    public static String firstWord(String text) {
        return word(text, 0);
    }

    private static String word(String text, int from) {
        int i = from;
        int n = text.length();
        while (i < n && (text.charAt(i) == ' ' || text.charAt(i) == ',' || Character.isWhitespace(text.charAt(i)))) {
            i++;
        }
        int start = i;
        while (i < n && text.charAt(i) != ' ' && text.charAt(i) != ',' && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return text.substring(start, i);
    }

    /** "the goal to reduce..." for a verb phrase, "the goal of fewer..." for a noun phrase. */
    public static String goal(String goal) {
        String first = word(goal, 0).toLowerCase(Locale.ROOT);
        String text = decapitalize(bare(goal));
        boolean noun = NOUN_OPENERS.contains(first) || first.endsWith("ing") || first.endsWith("ed")
                || first.endsWith("ment") || first.endsWith("ness") || first.endsWith("tion") || first.endsWith("ity");
        return BASE_VERBS.contains(first) || !noun ? "the goal to " + text : "the goal of " + text;
    }

    private static final Set<String> NOUN_OPENERS = Set.of("a", "an", "the", "fewer", "less", "more", "no", "full",
            "better", "consistent", "daily", "weekly", "regular", "stable", "safe", "healthy", "zero", "one", "two",
            "three", "abstinence", "sobriety", "symptom", "symptoms", "mood", "sleep", "school", "work");

    public static String date(LocalDate date) {
        return DATE.format(date);
    }

    public static String weekdayDate(LocalDate date) {
        return WEEKDAY_DATE.format(date);
    }

    public static String time(LocalTime time) {
        return TIME.format(time);
    }

    /** "9:00 to 9:53 AM", or "11:30 AM to 12:20 PM" across noon. */
    public static String timeRange(LocalTime start, LocalTime end) {
        boolean sameHalf = (start.getHour() < 12) == (end.getHour() < 12);
        return (sameHalf ? TIME_NO_MERIDIEM.format(start) : TIME.format(start)) + " to " + TIME.format(end);
    }

    /** "the Main Street office" for a name, or the location as written when it has an article. */
    public static String place(String location) {
        String lower = location.toLowerCase(Locale.ROOT);
        if (lower.startsWith("the ") || lower.startsWith("a ") || lower.startsWith("an ") || lower.contains("'s ")
                || lower.startsWith("their ") || lower.startsWith("her ") || lower.startsWith("his ")) {
            return location;
        }
        return "the " + location;
    }
}
