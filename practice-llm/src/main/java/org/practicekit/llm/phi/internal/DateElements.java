package org.practicekit.llm.phi.internal;

import static org.practicekit.llm.phi.internal.Lexicon.FOREIGN_MONTH;
import static org.practicekit.llm.phi.internal.Lexicon.MONTH;

import java.util.Locale;
import java.util.Set;

/**
 * Elements of a date the guard's residual check replaces although no day number stands with them: Safe Harbor
 * counts every element of a date related to a person except the year, so a month alone where it says when something
 * happened ("relapsed in March", "since june", "last Oct.", "desde enero", "noong Marso") and a day of the month
 * written out ("the hearing is set for the twenty-first") are dates. A month is one only after a word that places an
 * event in time; a month in a habit ("dips in November, every year"), a modal ("May I ask"), a verb ("they march"),
 * a modifier ("the April issue") or a name ("Dry January", "Cinco de Mayo") has none. Read only by the guard.
 */
final class DateElements {
    private DateElements() {
    }

    /** Words right before a month that put an event in it: "in", "since", "last", "early", Spanish "desde"... */
    private static final Set<String> MONTH_CUES = WordSet.of("in", "since", "last", "past", "until", "till", "til",
            "through", "thru", "during", "before", "after", "early", "late", "mid", "around", "next", "this", "that",
            "from", "by", "en", "em", "desde", "hasta", "até", "ate", "noong", "nung", "depuis", "dès", "seit", "im",
            "pasado", "passado", "próximo", "proximo", "último", "ultimo");
    /** "the end of March", "a principios de marzo", "no início de março". */
    private static final Set<String> PART_OF_MONTH = WordSet.of("end", "middle", "beginning", "start", "rest", "first",
            "principios", "comienzos", "inicios", "inicio", "início", "mediados", "finales", "fines", "final", "fim",
            "meados", "meio", "fin", "début", "mi");
    /** Words that make a month a habit, not an event: "every year", "always", "todos los años". */
    private static final Set<String> HABIT = WordSet.of("always", "usually", "typically", "generally", "annually",
            "yearly", "seasonal", "seasonally", "siempre", "sempre", "toujours");
    private static final Set<String> EVERY = WordSet.of("every", "each", "cada", "todos", "todo", "chaque");
    private static final Set<String> SEASON_OR_YEAR = WordSet.of("year", "years", "winter", "spring", "summer", "fall",
            "autumn", "season", "año", "años", "ano", "anos", "année", "invierno", "inverno");
    /** After a lower-case "may", the words that leave it a month: "since may and", "last may." */
    private static final Set<String> AFTER_LOWER_MAY = WordSet.of("and", "but", "so", "when", "after", "before", "i",
            "we", "he", "she", "they", "my", "his", "her", "to", "for", "at", "on", "the", "this", "of", "till",
            "until", "then", "now", "lol");
    /** Day numbers written out, as ordinals. */
    private static final Set<String> ORDINAL_DAYS = ordinalDays();
    /** Words before "the" + a written-out ordinal that make it a day: "on the fourth", "set for the ninth". */
    private static final Set<String> DAY_CUES = WordSet.of("on", "by", "until", "till", "til", "since", "for", "before",
            "after", "from", "starting", "to", "is", "was");
    /** Words after a written-out ordinal day that keep it a day: "on the fourth at noon", "the ninth and". */
    private static final Set<String> AFTER_DAY = WordSet.of("at", "and", "or", "because", "so", "but", "when", "then",
            "instead", "if", "until", "of");

    /**
     * The start of the month in {@code [s, e)} when that word is a month standing for when something happened
     * ("in March", "since june", "mid-May"), or -1.
     */
    static int monthAlone(String text, int s, int e, WordTable lex) {
        int m = s;
        String word = text.substring(s, e).toLowerCase(Locale.ROOT);
        int hyphen = word.indexOf('-');
        if (hyphen > 0) {
            String prefix = word.substring(0, hyphen);
            if (!(prefix.equals("mid") || prefix.equals("early") || prefix.equals("late"))) {
                return -1;
            }
            m = s + hyphen + 1; // "mid-May": the prefix is the cue
            word = word.substring(hyphen + 1);
        }
        if ((lex.get(text, m, e) & (MONTH | FOREIGN_MONTH)) == 0) {
            return -1;
        }
        boolean lower = Character.isLowerCase(text.charAt(m));
        if (word.equals("may") && lower && !endOrWord(text, e, AFTER_LOWER_MAY)) {
            return -1; // "since we may": a modal
        }
        if (m == s && !cueBefore(text, s) && !yearAfter(text, e)) {
            return -1;
        }
        if (nameAfter(text, e) || habit(text, s, e) && !ownDayBefore(text, s)) {
            return -1;
        }
        return m;
    }

    /** A person's own day, which comes back every year and still dates them: "her birthday in Feb is always hard". */
    private static final Set<String> OWN_DAYS = WordSet.of("birthday", "bday", "b-day", "anniversary", "born",
            "deathday", "cumpleaños", "cumple", "aniversario", "aniversário", "anniversaire");

    /** One of {@link #OWN_DAYS} in the four words before the month, in the same sentence (round 35). */
    private static boolean ownDayBefore(String text, int s) {
        int k = s;
        for (int w = 0; w < 4 && k > 0; w++) {
            while (k > 0 && !Character.isLetter(text.charAt(k - 1))) {
                if (sentenceEnd(text.charAt(k - 1))) {
                    return false;
                }
                k--;
            }
            int we = k;
            while (k > 0 && (Character.isLetter(text.charAt(k - 1)) || text.charAt(k - 1) == '-')) {
                k--;
            }
            if (WordSet.containsLower(OWN_DAYS, text, k, we)) {
                return true;
            }
        }
        return false;
    }

    /** "the hearing is set for the twenty-first.", "last used on the fourth, the night of": a day written out. */
    static boolean spelledDay(String text, int s, int e) {
        return spelledDayStart(text, s, e) >= 0;
    }

    /**
     * The start of the written-out day that ends with the ordinal at {@code [s, e)}, or -1: {@link #spelledDay}, and
     * since round 21 a day of the twenties and thirties written in two words ("on the twenty second", "due on the
     * thirty first and"); the tens word is inside the span.
     */
    static int spelledDayStart(String text, int s, int e) {
        String word = text.substring(s, e).toLowerCase(Locale.ROOT);
        if (!ORDINAL_DAYS.contains(word)) {
            return -1;
        }
        int head = s;
        int tens = ProperNounContext.prevWordStart(text, s, false);
        if (tens >= 0 && ONES_ORDINALS.contains(word) && (word(text, tens).equals("twenty")
                || word(text, tens).equals("thirty") && word.equals("first"))) {
            head = tens;
        }
        return spelledDayFrom(text, head, word, e) ? head : -1;
    }

    /** Ordinals that follow "twenty" or "thirty" in a day written in two words. */
    private static final Set<String> ONES_ORDINALS = WordSet.of("first", "second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth");

    private static boolean spelledDayFrom(String text, int s, String word, int e) {
        int the = ProperNounContext.prevWordStart(text, s, false);
        if (the < 0 || !word(text, the).equals("the")) {
            return false;
        }
        int cue = ProperNounContext.prevWordStart(text, the, false);
        if (cue < 0 || !DAY_CUES.contains(word(text, cue))) {
            return false;
        }
        String c = word(text, cue);
        boolean tens = !word(text, s).equals(word);
        if ((c.equals("is") || c.equals("was") || !tens && (c.equals("for") || c.equals("to")))
                && (word.equals("first") || word.equals("second") || word.equals("third"))) {
            return false; // "she was the first", "for the second": a rank; "moved to the twenty second" is a day
        }
        if (!endOrWord(text, e, AFTER_DAY)) {
            return false; // "the fourth session", "the fifth floor"
        }
        int n = skipBlanks(text, e);
        if (word(text, n).equals("of")) {
            // "on the fourth of July" is a date; "the fourth of six sessions" is a count
            int m = skipBlanks(text, ProperNounContext.wordEnd(text, n));
            return m < text.length() && Character.isLetter(text.charAt(m))
                    && (Lexicon.table().get(text, m, ProperNounContext.wordEnd(text, m)) & (MONTH | FOREIGN_MONTH)) != 0;
        }
        return true;
    }

    /**
     * "died march of last year", "moved out June of 2023": a month tied to a year dates the event with no cue before
     * it (round 20). "the march of time", "the March of Dimes" stay.
     */
    private static boolean yearAfter(String text, int e) {
        int n = skipBlanks(text, e);
        if (n == e || !word(text, n).equals("of")) {
            return false;
        }
        int m = skipBlanks(text, ProperNounContext.wordEnd(text, n));
        if (m >= text.length()) {
            return false;
        }
        String next = word(text, m);
        if (next.length() == 4 && (next.startsWith("19") || next.startsWith("20")) && Character.isDigit(next.charAt(2))
                && Character.isDigit(next.charAt(3))) {
            return true;
        }
        if (!(next.equals("last") || next.equals("this") || next.equals("next") || next.equals("that"))) {
            return false;
        }
        int y = skipBlanks(text, ProperNounContext.wordEnd(text, m));
        return y < text.length() && word(text, y).equals("year");
    }

    private static boolean cueBefore(String text, int s) {
        int p = ProperNounContext.prevWordStart(text, s, false);
        if (p < 0) {
            return false;
        }
        String prev = word(text, p);
        if (MONTH_CUES.contains(prev)) {
            return true;
        }
        if (prev.equals("of") || prev.equals("de") || prev.equals("do")) {
            int pp = ProperNounContext.prevWordStart(text, p, false);
            return pp >= 0 && PART_OF_MONTH.contains(word(text, pp)); // "the end of March", "a finales de marzo"
        }
        return false;
    }

    /** "Dry January", "March Madness", "May Sarton": a capitalized word after the month makes it part of a name. */
    private static boolean nameAfter(String text, int e) {
        if (e < text.length() && text.charAt(e) != ' ') {
            return false;
        }
        int n = skipBlanks(text, e);
        if (n >= text.length() || !Character.isUpperCase(text.charAt(n))) {
            return false;
        }
        int ne = ProperNounContext.wordEnd(text, n);
        String next = text.substring(n, ne);
        return ne - n > 1 && !next.equals("I") && Character.isLowerCase(text.charAt(ne - 1))
                && (Lexicon.table().get(text, n, ne) & (Lexicon.KIN | Lexicon.PERSON_NOUN | Lexicon.FIRST
                        | Lexicon.SURNAME)) == 0;
    }

    /** The month's sentence says it comes back: "every year", "each winter", "always", "todos los años". */
    private static boolean habit(String text, int s, int e) {
        // a clause after a semicolon still speaks of the same month: "In May the symptoms worsen; seasonal"
        int from = s;
        while (from > 0 && !sentenceEnd(text.charAt(from - 1))) {
            from--;
        }
        int to = e;
        while (to < text.length() && !sentenceEnd(text.charAt(to))) {
            to++;
        }
        String prev = "";
        int k = from;
        while (k < to) {
            if (!Character.isLetter(text.charAt(k))) {
                k++;
                continue;
            }
            int we = ProperNounContext.wordEnd(text, k);
            String w = text.substring(k, we).toLowerCase(Locale.ROOT);
            if (HABIT.contains(w) || EVERY.contains(prev) && SEASON_OR_YEAR.contains(w)
                    || w.equals("after") && prev.equals("year")) {
                return true;
            }
            prev = w;
            k = Math.max(we, k + 1);
        }
        return false;
    }

    private static boolean sentenceEnd(char c) {
        return c == '.' || c == '!' || c == '?' || c == '\n';
    }

    /** Whether the text ends, a punctuation mark follows, or the next word is one of {@code words}. */
    private static boolean endOrWord(String text, int e, Set<String> words) {
        int n = skipBlanks(text, e);
        if (n >= text.length() || !Character.isLetterOrDigit(text.charAt(n)) && text.charAt(n) != '[') {
            return true;
        }
        return words.contains(word(text, n));
    }

    private static String word(String text, int s) {
        if (s < 0 || s >= text.length()) {
            return "";
        }
        return text.substring(s, ProperNounContext.wordEnd(text, s)).toLowerCase(Locale.ROOT);
    }

    private static int skipBlanks(String text, int k) {
        while (k < text.length() && text.charAt(k) == ' ') {
            k++;
        }
        return k;
    }

    private static Set<String> ordinalDays() {
        String[] ones = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"};
        String[] teens = {"tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
            "seventeenth", "eighteenth", "nineteenth", "twentieth", "thirtieth"};
        Set<String> out = new java.util.HashSet<>(java.util.List.of(ones));
        out.addAll(java.util.List.of(teens));
        for (String one : ones) {
            out.add("twenty-" + one);
        }
        out.add("thirty-first");
        return WordSet.copyOf(out);
    }

    /**
     * Whether {@code [s, e)} is a month of the clients' languages that the month list leaves out because it is also
     * a given name, written in lower case as a month is: Polish "maja" (of May).
     * Read only right after a day number ("15 maja"); "Maja" with its capital stays a name. Round 18.
     */
    static boolean lowerCaseNameMonth(String text, int s, int e) {
        return e - s == 4 && text.startsWith("maja", s);
    }
}
