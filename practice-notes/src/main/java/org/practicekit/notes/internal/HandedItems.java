package org.practicekit.notes.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A typed item handed over after the composer's words ({@link HandOvers}) read by its shape, so the sentence ends on a
 * noun phrase: a goal's evidence typed as a score with an earlier score ("EPDS 19, was 13": "an EPDS score of 19, up
 * from 13"), a score alone, a rate ("2/wk from 5": "a rate of 2 a week, down from 5"), a bare count of time ("19 days":
 * "a count of 19 days"); an intervention's focus typed as a list after a dash or a slash ("TIPP - ice water, paced
 * breathing": "TIPP: ice water and paced breathing"). A noun phrase is kept as typed. An item of an unfinished shape
 * that none of these readings composes is not handed over at all ("" from {@link #evidence} or {@link #focus}).
 *
 * <p>Every result is a pure function of the typed text, and the words added are composition only ("a", "an", "score",
 * "of", "down", "up", "unchanged", "from", "previously", "a rate of", "times", "a count of", "and", a colon): the
 * verifier compares the words after the hand-over with this same function of the field, so a changed number, a changed
 * earlier score or an item moved from another field is still a misquote.
 */
public final class HandedItems {
    private static final String VALUE = "(\\d+(?:\\.\\d+)?(?:/\\d+)?)";
    /** A screening instrument as typed: two capitals at least, with its digits ("PHQ-9", "EPDS", "PCL-5", "PHQ9"). */
    private static final String SCALE = "([A-Z][A-Za-z]*[A-Z][A-Za-z]*(?:-?[0-9]+|-[A-Z]+)?)";
    private static final String TAIL = "(\\s+(?:at|last|this|since|on|per)\\b[^,;]*)?";
    /** The typed word before an earlier score: "was", "vs", "prev", "from"; "down"/"up from" keep their direction. */
    private static final String EARLIER = "(?:,?\\s*(was|vs\\.?|prev\\.?|previously|from|down from|up from)\\s+"
            + "|\\s*\\((was|prev\\.?|from)\\s+)";
    private static final Pattern SCORE_PAIR = Pattern.compile("^" + SCALE + "\\s+" + VALUE + TAIL + EARLIER + VALUE
            + "\\)?" + TAIL + "$");
    /** Round 41: "PHQ-9 11 (baseline 14)", "GAD-7 9, baseline 15": a score beside the one treatment started from. */
    private static final Pattern SCORE_BASELINE = Pattern.compile("^" + SCALE + "\\s+" + VALUE
            + "(?:,\\s*|\\s*\\()baseline:?\\s+(?:of\\s+)?" + VALUE + "\\)?$");
    /** Round 41: a score typed as the phrase the frames write, without its article ("GAD-7 score of 9, down from 14"). */
    private static final Pattern SCORE_OF = Pattern.compile("^" + SCALE + " score of \\d[^;()]*$");
    /** Round 41: a count with the noun it counts ("2 attacks this week", "1 ER visit", "0 missed shifts"). */
    private static final Pattern COUNT_PIECE = Pattern.compile("^\\d+ ([A-Za-z][A-Za-z-]*)(?: [A-Za-z][A-Za-z-]*){0,4}$");
    /** Units after a count that say how long or how much, never a thing counted ("3 days", "98 lb"). */
    private static final Set<String> HOW_LONG = Set.of("day", "days", "week", "weeks", "wk", "wks", "month", "months",
            "mo", "mos", "year", "years", "yr", "yrs", "hour", "hours", "hr", "hrs", "night", "nights", "min", "mins",
            "minutes", "lb", "lbs", "kg", "d");
    private static final Pattern SCORE_ARROW = Pattern.compile("^" + SCALE + "\\s+" + VALUE + "\\s*-*>\\s*" + VALUE
            + TAIL + "$");
    private static final Pattern SCORE_FROM_TO = Pattern.compile("^" + SCALE + "\\s+from\\s+" + VALUE + "\\s+to\\s+"
            + VALUE + TAIL + "$");
    private static final Pattern SCORE = Pattern.compile("^" + SCALE + "\\s+" + VALUE + "$");
    /** "cravings 4/10, was 8/10": a rating on a scale of ten beside an earlier one. */
    private static final Pattern RATING_PAIR = Pattern.compile("^([a-z]+(?: [a-z]+)?)\\s+(\\d+/10)" + EARLIER
            + "(\\d+/10)\\)?$");
    /** A rate in shorthand: "2/wk", "4x/wk", "6 hrs/night", optionally with what is counted and an earlier rate. */
    private static final Pattern RATE = Pattern.compile("^(?:(avg|average)\\s+)?([a-z][a-z ]*?\\s+)?(\\d+(?:\\.\\d+)?)"
            + "\\s*(?:x|times)?\\s*(hrs?|hours?)?\\s*/\\s*(wk|week|d|day|night|mo|month)" + "(?:" + EARLIER
            + "(\\d+(?:\\.\\d+)?|daily|nightly|weekly|monthly)\\)?)?$");
    /** "flashbacks 5x this wk", "impulsive texts 1x this wk vs 6x". */
    private static final Pattern TIMES = Pattern.compile("^([a-z][a-z ]*?)\\s+(\\d+)x\\s+(this|last)\\s+(wk|week|mo"
            + "|month)(?:\\s+(?:vs\\.?|was|from)\\s+(\\d+)x)?$");
    /** A count of time with nothing counted: "19 days", "3 wks". */
    private static final Pattern TIME_COUNT = Pattern.compile("^(\\d+)\\s+(days?|weeks?|wks?|months?|mos?|hours?"
            + "|hrs?|nights?)$");
    private static final Pattern PERCENT = Pattern.compile("^(\\d+(?:\\.\\d+)?%)$");
    /** Shapes no sentence ends on, for an item none of the readings above composes. */
    private static final Pattern UNFINISHED_EVIDENCE = Pattern.compile("^[~<>]?\\d[\\d.,%/]*(?:\\s+\\S+)?$"
            + "|\\d\\s*x?/(?:wk|week|d|day|night|mo|month)\\b|\\b(?:hrs|drinks)/|\\d\\S*(?:,?\\s+was\\s+|\\s*\\(was\\s"
            + "|\\s+vs\\.?\\s|\\s+prev\\.?\\s|\\s*->)|\\bfrom\\s+\\d+\\s+to\\s+\\d");
    private static final Pattern DASH = Pattern.compile("^([^-,;:/]+?)\\s+[-\u2013\u2014]+\\s+(.+)$");
    private static final Pattern ONE_TIME = Pattern.compile("(?<![\\d.,/])\\b1 time\\b");
    private static final Pattern FRACTION = Pattern.compile("\\d\\s*/\\s*\\d");
    private static final Set<String> UNITS = Set.of("wk", "wks", "mo", "mos", "hr", "hrs", "d");

    /** Words after a number that say when, how often or compared with what, never what was counted. */
    private static final Set<String> NOT_COUNTED = Set.of("this", "last", "per", "a", "an", "in", "times", "time", "x",
            "today", "yesterday", "since", "down", "up", "was", "were", "from", "to", "vs", "out", "of", "and", "or");
    /** A goal's opening word that says which way a count should go, before the noun counted ("reduce panic attacks"). */
    private static final Set<String> COUNT_GOALS = Set.of("reduce", "decrease", "fewer", "less", "lower", "limit",
            "cut", "increase", "more", "eliminate", "minimize", "no", "zero");
    private static final Pattern BARE = Pattern.compile("[~<>]?\\d+(?:\\.\\d+)?x?");

    /**
     * Round 24: a goal's evidence whose first piece is a number with no noun after it ("3 this week", "2", "5 times a
     * day, down from 20"); that piece, or "" when the number has its noun ("3 panic attacks", "4/5 days") or none opens.
     */
    public static String bareCount(String evidence) {
        String piece = evidence.strip().split("\\s*[,;]\\s*")[0].strip();
        String[] w = piece.toLowerCase(Locale.ROOT).split("\\s+");
        if (!BARE.matcher(w[0]).matches()) {
            return "";
        }
        int k = 1;
        while (k < w.length && (NOT_COUNTED.contains(w[k]) || w[k].matches("\\d+.*|wks?|weeks?|months?|mos?|day|night"))) {
            k++;
        }
        return k == w.length ? piece : "";
    }

    /**
     * Round 24: a bare count given the noun its goal counts ("3 this week, down from 6" for the goal "reduce panic
     * attacks to fewer than 2 per week": "3 panic attacks this week, down from 6"), so no number is written without
     * what it counts; "" when the evidence is no bare count or the goal names no plural noun after its direction word.
     * The composer and the verifier call it on the same two fields, so its words are composition, never invention.
     */
    public static String counted(String evidence, String goal) {
        String t = evidence.strip();
        if (bareCount(t).isEmpty()) {
            return "";
        }
        String[] g = goal.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 -]", " ").split("\\s+");
        if (g.length < 2 || !COUNT_GOALS.contains(g[0])) {
            return "";
        }
        int end = 1;
        while (end < g.length && end < 4 && g[end].matches("[a-z-]+") && !English.PREPOSITIONS.contains(g[end])
                && !Set.of("to", "and", "or", "a", "the", "than", "each", "per").contains(g[end])) {
            end++;
        }
        // Only a plural noun is a thing counted ("panic attacks", "binges"); "reduce checking" names no unit.
        if (end == 1 || !g[end - 1].matches("[a-z-]*[^s]s") || g[1].equals("number") || g[1].equals("frequency")) {
            return "";
        }
        String noun = String.join(" ", java.util.Arrays.copyOfRange(g, 1, end));
        String number = t.split("\\s+")[0];
        if (number.matches("1x?")) {
            noun = noun.substring(0, noun.length() - 1);
        }
        // "4x this wk" counts four of them: the "x" is the count's own mark, said by the noun.
        return (number.endsWith("x") ? number.substring(0, number.length() - 1) : number) + " " + noun
                + t.substring(number.length());
    }

    /**
     * A rating on a scale of ten typed after what was rated: "cravings at 4/10", "anxiety 6/10, was 8". A pair typed
     * with both scales ("cravings 4/10, was 8/10") keeps round 21's reading ({@link #evidence}).
     */
    private static final Pattern RATED = Pattern.compile("^([a-z]+(?: (?!at\\b|rated\\b)[a-z]+)?)\\s+(?:at\\s+|rated\\s+)?(\\d+)(?:/10|\\s+out of 10)"
            + "(?:" + EARLIER
            + "(\\d+)\\)?)?$");
    /** A weight typed as shorthand or in full, with its unit: "wt 104 lb", "weight 61 kg, up from 58". */
    private static final Pattern WEIGHT = Pattern.compile("^(?:wt|weight)\\s+(\\d+(?:\\.\\d+)?)\\s*(lbs?|kg)" + "(?:"
            + EARLIER + "(\\d+(?:\\.\\d+)?)\\)?)?$");
    /**
     * Round 24b: a goal's evidence written in the frame of its phrase type, to follow {@link HandOvers#EVIDENCE}, with
     * the typed words in their order and composition words only: a rating on its scale ("cravings at 4/10": "cravings
     * rated 4 out of 10") and a weight ("wt 104 lb": "a weight of 104 lb"); "" for any other type, which keeps the
     * readings before. A pure function of the typed field, so a changed number, noun or direction is a misquote.
     */
    public static String framed(String evidence) {
        String t = evidence.strip();
        if (t.isEmpty() || t.indexOf(';') >= 0 || t.indexOf(':') >= 0 || t.indexOf('"') >= 0 || t.indexOf('(') >= 0
                && !t.contains("(was") || Character.isUpperCase(t.charAt(0)) && !t.startsWith("Wt")) {
            return "";
        }
        Matcher m = RATED.matcher(t);
        if (m.matches() && !UNITS.contains(m.group(1)) && !verbFirst(m.group(1))) {
            String now = m.group(1) + " rated " + m.group(2) + " out of 10";
            return m.group(5) == null ? now : now + ", " + direction(earlierWord(m.group(3), m.group(4)), m.group(2),
                    m.group(5)) + " " + m.group(5);
        }
        m = WEIGHT.matcher(t.toLowerCase(Locale.ROOT));
        if (m.matches()) {
            String now = "a weight of " + m.group(1) + " " + m.group(2);
            return m.group(5) == null ? now : now + ", " + direction(earlierWord(m.group(3), m.group(4)), m.group(1),
                    m.group(5)) + " " + m.group(5);
        }
        // Measured and taken out: a deed, a kept state and a ratio said of the owner ("the client having used ...").
        // Words of the composer's own after the hand-over break its promise that only the item follows it, and a deed
        // typed without its object ("used 6 of 7 days") reads as a different deed.
        return "";
    }

    /**
     * Round 38: "rated anxiety 6/10": a deed typed with its verb ("rated", "scored") is no noun the hand-over can say
     * "rated" after ("based on rated anxiety rated 6 out of 10"); it keeps the readings before.
     */
    private static boolean verbFirst(String what) {
        English en = English.get();
        String first = what.split(" ")[0];
        // Not "mostly a noun": that reads the lemma ("rate" is a noun as often as a verb); the form itself is no noun.
        return (en.is(first, English.Form.PAST) || en.is(first, English.Form.THIRD)) && en.isVerb(en.baseOf(first))
                && en.tagged(first, English.WordClass.NOUN) <= 0;
    }

    private HandedItems() {
    }

    /** A goal's evidence as it closes its sentence after ", as shown by ": composed, as typed, or "" (not handed). */
    public static String evidence(String typed) {
        String t = typed.strip();
        Matcher m = SCORE_BASELINE.matcher(t);
        if (m.matches()) {
            // Round 41: the baseline said as the score the change is measured from, never pasted in parentheses.
            return English.indefiniteArticle(m.group(1)) + " " + m.group(1) + " score of " + m.group(2) + ", "
                    + direction("", m.group(2), m.group(3)) + " a baseline of " + m.group(3);
        }
        m = SCORE_OF.matcher(t);
        if (m.matches()) {
            // Round 41: "GAD-7 score of 9, down from 14" typed without its article: "a GAD-7 score of 9, ...".
            return English.indefiniteArticle(m.group(1)) + " " + written(t);
        }
        String listed = countList(t);
        if (!listed.isEmpty()) {
            return listed;
        }
        m = SCORE_PAIR.matcher(t);
        if (m.matches()) {
            return scored(m.group(1), m.group(2), m.group(3), earlierWord(m.group(4), m.group(5)), m.group(6),
                    m.group(7));
        }
        m = SCORE_ARROW.matcher(t);
        if (m.matches()) {
            return scored(m.group(1), m.group(3), null, "", m.group(2), m.group(4));
        }
        m = SCORE_FROM_TO.matcher(t);
        if (m.matches()) {
            return scored(m.group(1), m.group(3), null, "", m.group(2), m.group(4));
        }
        m = SCORE.matcher(t);
        if (m.matches()) {
            return English.indefiniteArticle(m.group(1)) + " " + m.group(1) + " score of " + m.group(2);
        }
        m = RATING_PAIR.matcher(t);
        if (m.matches()) {
            // Round 32: "cravings avg 4/10 vs 8/10": the average is said of the rating, never "cravings avg at".
            Matcher avg = AVERAGED.matcher(m.group(1));
            return (avg.matches() ? avg.group(1) + " at an average of " : m.group(1) + " at ") + m.group(2) + ", " + direction(earlierWord(m.group(3), m.group(4)), m.group(2),
                    m.group(5)) + " " + m.group(5);
        }
        m = RATE.matcher(t);
        if (m.matches()) {
            return rate(m);
        }
        m = TIMES.matcher(t);
        if (m.matches()) {
            String now = m.group(1) + " " + times(m.group(2)) + " " + m.group(3) + " " + unit(m.group(4));
            return m.group(5) == null ? now : now + ", " + direction("", m.group(2), m.group(5)) + " " + m.group(5);
        }
        m = TIME_COUNT.matcher(t);
        if (m.matches()) {
            return "a count of " + m.group(1) + " " + plural(unit(m.group(2)), m.group(1));
        }
        m = PERCENT.matcher(t);
        if (m.matches()) {
            return "a rate of " + m.group(1);
        }
        return UNFINISHED_EVIDENCE.matcher(t).find() ? "" : written(t);
    }

    /**
     * Round 41: counts typed side by side, each with its noun ("2 attacks this week, 1 ER visit, 0 missed shifts"): a
     * list English joins with "and" before its last item. Every piece must be a count and the noun it counts; a time
     * or a rate ("3 days", "2 times"), a comparison ("down from 5") or a list already joined keeps the readings
     * before. Only "and" is added, so the verifier's same call on the field reads it as composition.
     */
    static String countList(String t) {
        if (t.indexOf(", ") < 0 || t.indexOf('(') >= 0 || t.indexOf(';') >= 0 || t.contains(" and ")
                || t.contains(" or ")) {
            return "";
        }
        String[] pieces = t.split(", ");
        if (pieces.length < 2) {
            return "";
        }
        for (String piece : pieces) {
            Matcher c = COUNT_PIECE.matcher(piece.strip());
            String noun = c.matches() ? c.group(1).toLowerCase(Locale.ROOT) : "";
            if (noun.isEmpty() || NOT_COUNTED.contains(noun) || HOW_LONG.contains(noun)) {
                return "";
            }
        }
        int last = t.lastIndexOf(", ");
        return written(t.substring(0, last) + (pieces.length == 2 ? " and " : ", and ") + t.substring(last + 2));
    }

    /**
     * A noun phrase kept as typed, with the clinician's shorthand and symbols written out as the rest of the note writes
     * them (round 22: "3 walks this wk", "tantrums ~3 nights", "no cutting x 3 wks" were copied into signed prose):
     * rates and counts ({@link Shorthand#rates}), symbols ({@link Shorthand#symbols}), then the shorthand table
     * ({@link Shorthand#expand}). Words only, from the same tables the verifier reads both ways; numbers are untouched.
     */
    static String written(String typed) {
        // "1x" is written "1 time" by the count reading; a sentence says "once".
        String t = ONE_TIME.matcher(Shorthand.expand(Shorthand.symbols(Shorthand.rates(typed)), false))
                .replaceAll("once");
        // Round 32: the comparison and the average in words ("2 episodes vs 0 prior 2 weeks": "2 episodes versus 0 in
        // the prior 2 weeks", "avg 5 hours": "an average of 5 hours"); composition words only, numbers untouched.
        if (t.indexOf("vs") >= 0) {
            t = PRIOR_PERIOD.matcher(VERSUS.matcher(t).replaceAll("versus")).replaceAll("versus $1 in the $2 $3");
        }
        return t.indexOf("avg") >= 0 ? AVERAGE.matcher(t).replaceAll("an average of ") : t;
    }

    private static final Pattern VERSUS = Pattern.compile("(?<=\\s)vs\\.?(?=\\s\\S)");
    private static final Pattern PRIOR_PERIOD = Pattern.compile("\\bversus (\\d+) (prior|previous|past) (\\d+ "
            + "(?:days|weeks|months|nights)\\b)");
    private static final Pattern AVERAGE = Pattern.compile("(?<![\\w-])avg\\.? (?=~?\\d)");
    private static final Pattern AVERAGED = Pattern.compile("([a-z]+) (?:avg|average)");

    /** An intervention's focus as it closes its sentence after ", centered on ": a list composed, as typed, or "". */
    public static String focus(String typed) {
        // Written out first, so "w/" and "b/c" are words and never the sides of a slash list.
        String t = written(typed.strip());
        Matcher dash = DASH.matcher(t);
        if (dash.matches()) {
            List<String> items = new ArrayList<>();
            for (String item : dash.group(2).split(",\\s*")) {
                if (item.isBlank() || item.matches(".*[-\u2013\u2014:;/].*\\s[-\u2013\u2014]\\s.*")) {
                    return "";
                }
                items.add(item.strip());
            }
            return dash.group(1).strip() + ": " + joined(items);
        }
        // A digit on both sides of the slash is a fraction ("2/7 days"), never two items.
        if (t.indexOf(',') < 0 && t.indexOf(':') < 0 && t.indexOf('/') > 0 && !FRACTION.matcher(t).find()) {
            List<String> items = new ArrayList<>();
            for (String item : t.split("\\s*/\\s*")) {
                if (!listItem(item)) {
                    return t.matches(".*[A-Za-z]{2,}/[A-Za-z]{2,}.*") ? "" : t;
                }
                items.add(item.strip());
            }
            return joined(items);
        }
        return t.matches(".*\\s[-\u2013\u2014]+\\s.*") ? "" : t;
    }

    /**
     * One side of a slash read as a list item: a word of three letters or more, or an acronym, and never a pronoun,
     * determiner or joining word ("his/her", "and/or" are one choice, not two items), nor a bare number ("4/5").
     */
    private static boolean listItem(String item) {
        String s = item.strip();
        if (s.isEmpty() || s.matches("\\d+") || s.length() < 2) {
            return false;
        }
        String lower = s.toLowerCase(Locale.ROOT);
        if (English.PRONOUNS.contains(lower) || English.POSSESSIVES.contains(lower) || English.DETERMINERS.contains(lower)
                || English.CONJUNCTIONS.contains(lower) || English.OBJECT_PRONOUNS.contains(lower)) {
            return false;
        }
        return s.length() >= 3 || s.equals(s.toUpperCase(Locale.ROOT)) && s.chars().anyMatch(Character::isLetter);
    }

    private static String joined(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    private static String scored(String scale, String now, String tailNow, String typedWord, String earlier,
            String tailEarlier) {
        String nowPart = English.indefiniteArticle(scale) + " " + scale + " score of " + now
                + (tailNow == null ? "" : tailNow);
        return nowPart + ", " + direction(typedWord, now, earlier) + " " + earlier
                + (tailEarlier == null ? "" : tailEarlier);
    }

    private static String earlierWord(String afterComma, String inParentheses) {
        String w = afterComma != null ? afterComma : inParentheses == null ? "" : inParentheses;
        return w.startsWith("down") ? "down from" : w.startsWith("up") ? "up from" : "";
    }

    /** The typed direction when one was typed, else read from the two numbers ("unchanged from" when equal). */
    private static String direction(String typed, String now, String earlier) {
        if (!typed.isEmpty()) {
            return typed;
        }
        double a = number(now);
        double b = number(earlier);
        if (Double.isNaN(a) || Double.isNaN(b)) {
            return "previously";
        }
        return a < b ? "down from" : a > b ? "up from" : "unchanged from";
    }

    private static double number(String value) {
        String n = value.contains("/") ? value.substring(0, value.indexOf('/')) : value;
        try {
            return Double.parseDouble(n);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static String rate(Matcher m) {
        boolean average = m.group(1) != null;
        String counted = m.group(2) == null ? "" : m.group(2).strip();
        String now = m.group(3);
        boolean hours = m.group(4) != null;
        String per = unit(m.group(5));
        String earlier = m.group(8);
        StringBuilder out = new StringBuilder();
        if (average) {
            out.append("an average of ");
        } else if (counted.isEmpty() && !hours) {
            out.append("a rate of ");
        }
        if (!counted.isEmpty()) {
            out.append(counted).append(' ');
        }
        out.append(hours ? now + " " + plural("hour", now) : times(now)).append(" a ").append(per);
        if (earlier != null) {
            String word = earlierWord(m.group(6), m.group(7));
            String dir = earlier.matches("\\d.*") ? direction(word, now, earlier) : "previously";
            out.append(", ").append(dir).append(' ').append(earlier);
        }
        return out.toString();
    }

    private static String times(String n) {
        return n.equals("1") ? "once" : n + " times";
    }

    private static String unit(String typed) {
        String u = typed.toLowerCase(Locale.ROOT);
        if (!UNITS.contains(u)) {
            return u;
        }
        return switch (u) {
            case "wk", "wks" -> "week";
            case "mo", "mos" -> "month";
            case "hr", "hrs" -> "hour";
            default -> "day";
        };
    }

    private static String plural(String unit, String n) {
        String singular = unit.endsWith("s") ? unit.substring(0, unit.length() - 1) : unit;
        return n.equals("1") ? singular : singular + "s";
    }
}
