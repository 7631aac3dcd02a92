package org.practicekit.notes.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The numbers of a text and what each one is a number of: "pain 6/10" scores pain, "donepezil 10 mg" doses
 * donepezil, "PHQ-9 6, was 14" gives the PHQ-9 two scores, "3 panic attacks" counts attacks, "below 5" is a bound.
 * The verifier reads a field and a draft sentence the same way, so a number moved to another scale, drug or count
 * of the same field is seen. Works on the lower-case words of {@link ClinicalLexicon#words(String, List, List)};
 * stateless and thread-safe.
 */
public final class Quantities {
    /** A number as written plainly: today's score, a count, a dose. */
    public static final int PLAIN = 0;
    /** A limit below which the number lies: "below 5", "under one hour", "fewer than 2". */
    public static final int BELOW = 1;
    /** A limit above which it lies: "above 20", "at least 3", "more than 4". */
    public static final int ABOVE = 2;
    /** An earlier value: "down from 8/10", "PHQ-9 6, was 14". */
    public static final int EARLIER = 3;

    /**
     * One number: the word's index, its value ("6/10", "10", "2" for "two" or "x2"), what it scores, doses or counts
     * (a lemma without hyphens, "phq9", "pain", "donepezil", "attack"), or "" when nothing near names it, and whether
     * it is a bound.
     */
    public record Quantity(int at, String value, String anchor, int relation) {
    }

    private static final Set<String> DOSE_UNITS = Set.of("mg", "mcg", "ml", "g", "units", "unit", "milligrams", "mg/day",
            "mg/d", "iu", "mg/kg");
    private static final Set<String> BELOW_WORDS = Set.of("below", "under", "less", "fewer", "lower", "max", "maximum",
            "most", "within");
    private static final Set<String> ABOVE_WORDS = Set.of("above", "over", "more", "greater", "higher", "least",
            "minimum", "exceeding");
    /** Words that say when or how much, never what a number is of: "9 last month", "down from 14". */
    private static final Set<String> NEVER_ANCHOR = Set.copyOf(List.of("last", "ago", "today", "yesterday", "tonight", "now",
            "currently", "current", "this", "next", "previously", "prior", "before", "after", "since", "down", "up",
            "from", "to", "was", "were", "is", "are", "be", "been", "of", "out", "than", "at", "about", "around",
            "approximately", "nearly", "almost", "roughly", "only", "just", "still", "each", "per", "a", "an", "the",
            "and", "or", "by", "in", "on", "for", "with", "score", "scores", "scored", "total", "totals", "range",
            "client", "patient", "pt", "client's", "patient's", "reported", "reports", "reporting", "endorsed", "noted",
            "stated", "described", "shared", "estimated", "estimates", "said", "says", "says", "today's", "baseline",
            "initially", "then", "again", "both", "also", "very", "but", "so", "it", "its", "he", "she", "they", "her",
            "his", "their", "i", "my", "we", "our", "at", "times", "x", "no", "not", "never", "none", "less", "more",
            "fewer", "below", "under", "above", "over", "lower", "higher", "greater", "max", "maximum", "min",
            "minimum", "most", "within", "exceeding", "evidence", "evidenced", "as", "with", "currently", "vs", "versus",
            "min", "mins", "minute", "minutes", "hr", "hrs"));
    /** What may stand between a number and the comma before it, for the scale before the comma to be its own. */
    private static final Set<String> CROSSES_COMMA = Set.of("was", "were", "from", "down", "up", "to", "then",
            "previously", "last", "vs", "versus", "and", "now", "today");
    private static final Set<String> COUNT_STOPS = Set.of("last", "ago", "today", "yesterday", "tonight", "now", "this",
            "next", "previously", "before", "after", "since", "of", "out", "to", "from", "was", "is", "and", "or", "in",
            "on", "at", "per", "a", "an", "the", "for", "with", "by", "but", "x", "times", "than");

    private static final Set<String> MEASURES = Set.of("minute", "minutes", "hour", "hours", "second", "seconds", "mg",
            "mcg", "ml");

    private Quantities() {
    }

    // Why: value() is asked of every word of every field and sentence; most words cannot be a number word by their
    // length or first letter, and those skip the map.
    private static final int NUMBER_WORD_SHORTEST;
    private static final int NUMBER_WORD_LONGEST;
    private static final long NUMBER_WORD_FIRSTS;

    static {
        int shortest = Integer.MAX_VALUE;
        int longest = 0;
        long firsts = 0;
        for (String word : Lexicon.NUMBER_WORDS.keySet()) {
            shortest = Math.min(shortest, word.length());
            longest = Math.max(longest, word.length());
            char first = word.charAt(0);
            firsts |= first >= 'a' && first <= 'z' ? 1L << (first - 'a') : -1L;
        }
        NUMBER_WORD_SHORTEST = shortest;
        NUMBER_WORD_LONGEST = longest;
        NUMBER_WORD_FIRSTS = firsts;
    }

    /** The value a word stands for as a number, or null: digits ("6/10", "10%" as "10"), "x2" as "2", "two". */
    public static String value(String w) {
        char c = w.charAt(0);
        if (c >= '0' && c <= '9') {
            return w.endsWith("%") ? w.substring(0, w.length() - 1) : w;
        }
        if (c == 'x' && w.length() > 1 && w.length() <= 4 && digits(w, 1, w.length())) {
            return w.substring(1);
        }
        if (w.length() < NUMBER_WORD_SHORTEST || w.length() > NUMBER_WORD_LONGEST
                || NUMBER_WORD_FIRSTS != -1L && (c < 'a' || c > 'z' || (NUMBER_WORD_FIRSTS & 1L << (c - 'a')) == 0)) {
            return null;
        }
        return Lexicon.NUMBER_WORDS.get(w);
    }

    /**
     * A score on a scale rather than a date: "6/10", "24/30", "80/100"; both parts digits, and the second part no day
     * or month could be read as ("3/16" is a date).
     */
    public static boolean isRating(String w) {
        int slash = w.indexOf('/');
        if (slash <= 0 || slash == w.length() - 1 || w.indexOf('/', slash + 1) >= 0 || !digits(w, 0, slash)
                || !digits(w, slash + 1, w.length()) || slash > 3 || w.length() - slash > 4) {
            return false;
        }
        int a = Integer.parseInt(w, 0, slash, 10);
        int b = Integer.parseInt(w, slash + 1, w.length(), 10);
        return isRating(a, b);
    }

    /** The day-or-month test of {@link #isRating(String)} on the two parts. */
    public static boolean isRating(int a, int b) {
        return b == 10 || b == 100 || a > 12 || b > 31;
    }

    /**
     * Every number of {@code words} ({@code bounds}: a clause boundary before a word; {@code commas}: a comma before
     * it), each with what it is a number of.
     */
    public static List<Quantity> read(List<String> words, List<Boolean> bounds, List<Boolean> commas) {
        List<Quantity> out = new ArrayList<>();
        int n = words.size();
        for (int i = 0; i < n; i++) {
            String w = words.get(i);
            String value = value(w);
            if (value == null) {
                continue;
            }
            out.add(new Quantity(i, value, anchor(words, bounds, commas, i), relation(words, bounds, commas, i)));
        }
        return out;
    }

    /** What the number at {@code i} is of: the thing it counts after it, else the scale, drug or measure before it. */
    static String anchor(List<String> words, List<Boolean> bounds, List<Boolean> commas, int i) {
        String w = words.get(i);
        int n = words.size();
        String next = i + 1 < n && !bounds.get(i + 1) && !commas.get(i + 1) ? words.get(i + 1) : "";
        if ((next.equals("of") || next.equals("out")) && !isRating(w)) {
            // "5 of 7 days", "7 out of 10 nights": both numbers count the days.
            int m = next.equals("of") ? i + 2 : i + 3;
            if (m < n && value(words.get(m)) != null && !bounds.get(m) && !commas.get(m)
                    && (next.equals("of") || words.get(i + 2).equals("of"))) {
                String counted = forward(words, bounds, commas, m);
                if (!counted.isEmpty()) {
                    return counted;
                }
            }
        }
        if (!isRating(w)) {
            String counted = forward(words, bounds, commas, i);
            if (!counted.isEmpty()) {
                return counted;
            }
        }
        // Back over what says when or how much ("PHQ-9 6, was 14": 14 is the PHQ-9's too), never past a clause, and
        // past a comma only over such words: "..., as evidenced by 5" is not the number of what came before.
        boolean crossable = true;
        for (int k = i - 1; k >= 0 && i - k <= 6; k--) {
            if (bounds.get(k + 1) || commas.get(k + 1) && !crossable) {
                return "";
            }
            String b = words.get(k);
            if (value(b) != null || NEVER_ANCHOR.contains(b) || DOSE_UNITS.contains(b) || !isWord(b)) {
                crossable &= value(b) != null || CROSSES_COMMA.contains(b);
                continue;
            }
            return normal(b);
        }
        return "";
    }

    /** The thing the number at {@code i} counts when a word of substance follows it ("3 panic attacks"), else "". */
    private static String forward(List<String> words, List<Boolean> bounds, List<Boolean> commas, int i) {
        int n = words.size();
        // "two 25 minutes focus blocks": a measured quantity between a count and what it counts is the thing's size.
        if (i + 3 < n && value(words.get(i + 1)) != null && MEASURES.contains(words.get(i + 2)) && !bounds.get(i + 1)
                && !commas.get(i + 1) && !bounds.get(i + 2) && !commas.get(i + 2)) {
            i += 2;
        }
        String next = i + 1 < n && !bounds.get(i + 1) && !commas.get(i + 1) ? words.get(i + 1) : "";
        return !next.isEmpty() && !DOSE_UNITS.contains(next) && !COUNT_STOPS.contains(next) && !NEVER_ANCHOR.contains(
                next) && value(next) == null && isWord(next) && !participleClosing(words, bounds, commas, i + 1)
                ? normal(next) : "";
    }

    /**
     * A participle that closes its clause after a number ("press 1 reviewed", "step 2 completed") says what was done,
     * not what the number counts: written out ("press 1 was reviewed") the number is the one before it in field and
     * sentence alike. Before a noun ("3 missed sessions") the participle stays the thing counted.
     */
    private static boolean participleClosing(List<String> words, List<Boolean> bounds, List<Boolean> commas, int at) {
        String w = words.get(at);
        English en = English.get();
        boolean closes = at + 1 >= words.size() || bounds.get(at + 1) || commas.get(at + 1);
        return closes && (en.is(w, English.Form.PARTICIPLE) || en.is(w, English.Form.PAST)) && !en.isCountNoun(w);
    }

    /**
     * BELOW or ABOVE when a limit word stands just before the number ("below 5", "at least 3"), EARLIER after "from" or
     * a ", was" ("down from 8/10", "6, was 14"), else PLAIN.
     */
    static int relation(List<String> words, List<Boolean> bounds, List<Boolean> commas, int i) {
        for (int k = i - 1; k >= 0 && i - k <= 3; k--) {
            if (bounds.get(k + 1)) {
                break;
            }
            String b = words.get(k);
            if (BELOW_WORDS.contains(b)) {
                return BELOW;
            }
            if (ABOVE_WORDS.contains(b)) {
                return ABOVE;
            }
            if (b.equals("from") || b.equals("was") && commas.get(k)) {
                return EARLIER;
            }
            if (!b.equals("than") && !b.equals("a") && !b.equals("of") && !b.equals("score") && !b.equals("total")
                    && !b.equals("at") && !b.equals("no")) {
                break;
            }
        }
        return PLAIN;
    }

    private static boolean isWord(String w) {
        char c = w.charAt(0);
        return c >= 'a' && c <= 'z' && w.length() >= 2;
    }

    /** "PHQ-9" and "phq9" alike; "attacks" and "attack" alike: the form anchors are compared in. */
    public static String normal(String w) {
        String s = w.endsWith("'s") ? w.substring(0, w.length() - 2) : w;
        if (s.indexOf('-') > 0) {
            s = s.replace("-", "");
        }
        // Round 35: "sess 6" is the chart's shorthand for "session 6": the same anchor in a field and in a sentence.
        return s.equals("sess") ? "session" : Actors.lemma(s);
    }

    private static boolean digits(String w, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int k = from; k < to; k++) {
            char c = w.charAt(k);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
