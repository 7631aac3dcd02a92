package org.practicekit.notes.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Small English helpers the composer and verifier share: lists, capitals, sentences, dates, places. */
public final class Phrases {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.US);
    private static final DateTimeFormatter WEEKDAY_DATE = DateTimeFormatter.ofPattern("EEEE, MMMM d, uuuu", Locale.US);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.US);
    private static final DateTimeFormatter TIME_NO_MERIDIEM = DateTimeFormatter.ofPattern("h:mm", Locale.US);

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

    /**
     * The labels a draft writes before the clinician's own words ("Means and access: ..."), lower case.
     * A label names what follows and asserts nothing: the verifier reads only what comes after it.
     */
    public static final java.util.Set<String> LABELS = java.util.Set.of("concerns discussed", "also discussed",
            "mental status", "observations", "overall response", "ideation", "intent", "plan", "means and access",
            "risk factors", "protective factors", "safety plan", "follow-up", "actions taken", "homework",
            "treatment-plan goal", "evidence", "baseline", "outreach", "diagnosis", "diagnoses", "current medications",
            "medications", "thought content", "thought process", "insight", "judgment", "insight and judgment", "mood",
            "affect", "speech", "appearance", "behavior", "orientation", "cognition", "perception", "sleep", "appetite",
            "energy", "memory", "attention", "concentration", "focus", "presenting concerns", "other concerns",
            "client's response", "patient's response", "response");

    /** The length of a leading label and its colon and space ("Plan: "), or 0 when {@code lower} has none. */
    public static int labelLength(String lower) {
        int colon = lower.indexOf(": ");
        if (colon <= 0 || colon > 60) {
            return 0;
        }
        String label = lower.substring(0, colon);
        if (LABELS.contains(label) || (label.startsWith("response to ") || label.startsWith("focus of ")
                || label.startsWith("evidence for the ")) && label.indexOf(',') < 0) {
            return colon + 2;
        }
        return 0;
    }

    private static final java.util.regex.Pattern CLOSING = java.util.regex.Pattern.compile(
            "(?:Response|Overall response|Focus|Evidence)(?: to | of | for the )?[^:,]{0,60}: .+", java.util.regex.Pattern.DOTALL);

    /**
     * Whether a sentence is a line of the clinician's words about a response, a focus or a goal's evidence ("Response to
     * exposure: ..."): such lines close their section, each on a line of its own.
     */
    public static boolean closingLine(String sentence) {
        return CLOSING.matcher(sentence).matches() && labelLength(sentence.toLowerCase(Locale.ROOT)) > 0;
    }

    /** True when a phrase holds a negation ("no psychotic symptoms", "denied SI", "without a plan"). */
    public static boolean negated(String phrase) {
        // The words are the runs of a-z and apostrophes of the lower-cased phrase, read in place without a split.
        String lower = phrase.toLowerCase(Locale.ROOT);
        int n = lower.length();
        int i = 0;
        while (i < n) {
            if (!negationWordChar(lower.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && negationWordChar(lower.charAt(i))) {
                i++;
            }
            if (NEGATIONS.contains(lower.substring(start, i)) || lower.startsWith("n't", i - 3) && i - 3 >= start) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> NEGATIONS = Set.of("no", "not", "denied", "denies", "without",
            "never", "none", "negative", "absent", "nor", "refused", "declined", "denying", "refuses", "declines");

    private static boolean negationWordChar(char c) {
        return c >= 'a' && c <= 'z' || c == '\'';
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

    /** A plus spaced on both sides between two letters: an "and" typed as a symbol ("low mood + poor sleep"). */
    public static final java.util.regex.Pattern SPACED_PLUS =
            java.util.regex.Pattern.compile("(?<=[A-Za-z'])\\s+\\+\\s+(?=[A-Za-z])");

    /**
     * A field typed as bullets on one line ("- low mood - poor sleep"): a leading dash, asterisk or bullet, then the
     * same mark spaced on both sides before each later item. A dash inside a piece ("grief - father died") is not one.
     */
    public static final java.util.regex.Pattern INLINE_BULLETS =
            java.util.regex.Pattern.compile("([-*\u2022])\\s+[A-Za-z].*?\\s\\1\\s+[A-Za-z].*");

    /** The items of a field typed as inline bullets, or an empty list when it is not typed so. */
    public static java.util.List<String> inlineBullets(String text) {
        String s = bare(text);
        if (!INLINE_BULLETS.matcher(s).matches()) {
            return java.util.List.of();
        }
        char mark = s.charAt(0);
        java.util.List<String> out = new java.util.ArrayList<>();
        for (String piece : s.substring(1).split("\\s+" + java.util.regex.Pattern.quote(String.valueOf(mark)) + "\\s+")) {
            out.add(piece.strip());
        }
        return out.stream().anyMatch(String::isEmpty) ? java.util.List.of() : out;
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
        if (s.endsWith("?") || s.endsWith("!") || s.endsWith("?\"") || s.endsWith("!\"") || s.endsWith(".\"")
                || s.endsWith("?\u201d") || s.endsWith("!\u201d") || s.endsWith(".\u201d") || s.endsWith(".'")
                || s.endsWith("?'") || s.endsWith("!'") || s.endsWith(".\u2019") || s.endsWith("?\u2019")) {
            return capitalize(s);
        }
        if (s.endsWith("\"") || s.endsWith("”")) {
            // American usage: the period goes inside the closing quotation mark (the verifier reads quoted words
            // without their punctuation, so the quote still matches the field as typed).
            return capitalize(s.substring(0, s.length() - 1)) + "." + s.charAt(s.length() - 1);
        }
        return capitalize(s) + ".";
    }

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
        String name = location.split(",", 2)[0].strip();
        String last = name.substring(name.lastIndexOf(' ') + 1);
        if (name.indexOf(' ') > 0 && !last.isEmpty() && Character.isUpperCase(last.charAt(0))) {
            // "Bridgeway Clinic", "Harbor Recovery IOP": a proper name takes no article.
            return location;
        }
        if (name.indexOf(' ') > 0 && DESIGNATED.matcher(last).matches()) {
            // "group rm 2", "ED bay 4", "conf rm B": a room named by its number or letter takes no article, and
            // keeps the clinician's abbreviation ("the ED bay 4" also named a level of care nobody typed).
            return location;
        }
        return "the " + location;
    }

    /** The number or single letter that names one room, bay or suite. */
    private static final java.util.regex.Pattern DESIGNATED = java.util.regex.Pattern.compile(
            "\\d+[A-Za-z]?|[A-Z]|[A-Z]?\\d+(?:-\\d+)?");

    /**
     * The field's own name typed before what it says, set off by a separator ("safety plan; call sister", "SP -
     * reviewed", "Safety plan:"); "safety plan reviewed" is a passive clause with the plan as subject, kept whole.
     */
    private static final java.util.regex.Pattern OWN_LABEL = java.util.regex.Pattern.compile(
            "(?i)^\\s*(?:safety plan|sp)(?:\\s*[:;,\\-\u2013]+\\s*|\\s*$)");

    /**
     * Round 21b: the safety-plan field without its own name typed in front, so what follows is composed as the plan's
     * content or the deed done to it ("safety plan: emailed to client" is "emailed the safety plan to client"), never a
     * line that repeats its label; the verifier reads that content as the field's own words. Empty when the field is
     * only its name.
     */
    public static String safetyPlanContent(String field) {
        String rest = field;
        for (java.util.regex.Matcher m = OWN_LABEL.matcher(rest); m.find(); m = OWN_LABEL.matcher(rest)) {
            rest = rest.substring(m.end());
        }
        return rest.strip();
    }
}
