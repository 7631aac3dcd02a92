package org.practicekit.llm.phi.internal;

import static org.practicekit.llm.phi.internal.Lexicon.FOREIGN_MONTH;
import static org.practicekit.llm.phi.internal.Lexicon.MONTH;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.practicekit.llm.phi.PhiSpan;

/**
 * Dates read by class after the scanner's own readings (round 27b). Safe Harbor counts the day and month of a
 * person's event in whatever language it is written, so the policies read word classes, not phrases:
 * <ul>
 * <li>a month of any language the calendar list holds (CLDR via the JDK) after a day: a number, a number with an
 * ordinal mark ("1º", "1er", "3ro", "12-го") or a day written out in the same languages ("primero", "premier",
 * "двадцатого"), with or without the language's "de", "di", "do", "ng" between ("1º de maio", "premier mars",
 * "5 травня"); a word for "day" before it belongs to the date ("dia 20 de abril", "mùng 2 tháng 9");</li>
 * <li>a weekday of any of the languages right before a day number ("понедельник 3-го", "sexta-feira dia 10",
 * "thứ Bảy, ngày 21");</li>
 * <li>a short slash pair in a list of slash pairs is a date when another pair of the list was read as one: a list
 * holds one kind of thing ("2/5, 1/9 and 3/14"), and a list of ratings has no date in it to start from.</li>
 * </ul>
 */
final class DatesByPolicy {
    private DatesByPolicy() {
    }

    static final String DATE = "DATE";
    private static final double SCORE = 0.85;

    /** Small words a day and its month take between them: Spanish, Portuguese, Italian, French, Tagalog. */
    private static final Set<String> BETWEEN = WordSet.of("de", "del", "do", "di", "ng");
    /** Words for "day" written before the day number ("dia 12", "día 3", "ngày 5", "mùng 2"). */
    private static final Set<String> DAY_WORDS = WordSet.of("dia", "día", "ngày", "ngay", "mùng", "mung", "mồng");
    /** Days written out in the clients' languages (1 to 31, as a date writes them). */
    private static final Set<String> WRITTEN_DAYS = writtenDays();
    /** Ordinal marks after a day number: "1º", "1.º", "1er", "3ro", "2e", "12-го", "3rd". */
    private static final Set<String> ORDINAL_MARKS = WordSet.of("º", ".º", "°", "ª", "o", "ro", "ra", "er", "re",
            "ère", "e", "ème", "eme", "го", "-го", "-е", "е", "st", "nd", "rd", "th");
    /** Words joining the pairs of a list: "2/5, 1/9 and 3/14", "el 2/3, el 9/3 y el 16/3". */
    private static final Set<String> LIST_JOINS = WordSet.of("and", "or", "y", "o", "e", "ou", "et", "at", "и");
    /** Articles and prepositions a list repeats before each pair: "el 2/3, el 9/3", "on 4/2 and on 4/9". */
    private static final Set<String> LIST_REPEATS = WordSet.of("el", "on", "le", "o", "a", "the");

    /** Adds to {@code out} (in order of start) the dates the policies read in {@code text}. */
    static void add(String text, List<PhiSpan> out) {
        List<int[]> words = words(text);
        List<PhiSpan> added = new ArrayList<>();
        for (int k = 0; k < words.size(); k++) {
            int[] w = words.get(k);
            int end = dayAndMonth(text, words, k);
            int weekday = end < 0 ? weekdayAndDay(text, words, k) : Integer.MIN_VALUE; // asked once per word
            if (end < 0) {
                end = weekday;
            }
            if (end > 0 && weekday == Integer.MIN_VALUE) {
                weekday = weekdayAndDay(text, words, k);
            }
            if (end > 0 && end == weekday && coveredDate(out, w[1], end)) {
                end = -1; // the scanner dated the day after the weekday ("sexta, dia 14"): its reading stands
            }
            if (end > 0) {
                int start = w[0];
                int p = k - 1;
                if (p >= 0 && DAY_WORDS.contains(lower(text, words.get(p))) && words.get(p)[1] + 1 >= start) {
                    start = words.get(p)[0];
                }
                added.add(new PhiSpan(start, end, DATE, SCORE));
            }
        }
        for (int k = 0; k + 1 < words.size(); k++) {
            // round 28: a month of any locale before its day ("március 15-én", "Sierpień 3."): the order of
            // Hungarian and Lithuanian; the day takes its case ending after a hyphen
            int[] w = words.get(k);
            int[] d = words.get(k + 1);
            if (Character.isLetter(text.charAt(w[0])) && Character.isDigit(text.charAt(d[0]))
                    && blankBetween(text, w, d) && CalendarNames.anyLocaleMonth(text, w[0], w[1])) {
                int hyphen = text.indexOf('-', d[0]);
                int dayEnd = hyphen > d[0] && hyphen < d[1] ? hyphen : d[1];
                if (dayNumber(text.substring(d[0], dayEnd)) > 0 && dayEnd - d[0] <= 2) {
                    added.add(new PhiSpan(w[0], d[1], DATE, SCORE));
                }
            }
        }
        for (int k = 0; k + 2 < words.size(); k++) {
            // round 28: an English month, "the" and a day's ordinal in words ("March the ninth", "October the
            // twenty-first"); "May" only after a word that dates it, since "May the fourth" is an occasion's greeting
            int[] w = words.get(k);
            if (!Character.isUpperCase(text.charAt(w[0])) || (Lexicon.table().get(text, w[0], w[1]) & MONTH) == 0
                    || !text.regionMatches(true, words.get(k + 1)[0], "the", 0, 3) || words.get(k + 1)[1] - words.get(k + 1)[0] != 3
                    || !blankBetween(text, w, words.get(k + 1)) || !blankBetween(text, words.get(k + 1), words.get(k + 2))
                    || WrittenOutNumbers.spokenOrdinal(text, words.get(k + 2)) < 0) {
                continue;
            }
            if (text.regionMatches(true, w[0], "may", 0, 3) && w[1] - w[0] == 3 && (k == 0
                    || !WrittenOutNumbers.datesWhatFollows(text, words.get(k - 1)))) {
                continue;
            }
            added.add(new PhiSpan(w[0], words.get(k + 2)[1], DATE, SCORE));
        }
        for (int k = 0; k + 1 < words.size(); k++) {
            // round 36: an English weekday and a bare day number with no month ("Sat 21", "Thursday 14")
            int end = englishWeekdayAndDay(text, words, k);
            if (end > 0 && !covered(out, words.get(k), true)) {
                added.add(new PhiSpan(words.get(k)[0], end, DATE, SCORE));
            }
        }
        WrittenOutNumbers.spokenDates(text, words, added);
        slashLists(text, words, out, added);
        for (int k = 0; k + 1 < words.size(); k++) {
            // "ngày 5/3", "día 12/4": the word for "day" belongs to the date the scanner found after it
            int[] w = words.get(k);
            if (WordSet.containsLower(DAY_WORDS, text, w[0], w[1]) && blankBetween(text, w, words.get(k + 1))
                    && covered(out, words.get(k + 1), true)) {
                added.add(new PhiSpan(w[0], words.get(k + 1)[1], DATE, SCORE));
            }
        }
        if (added.isEmpty()) {
            return;
        }
        for (PhiSpan a : added) {
            merge(out, a);
        }
        out.sort(java.util.Comparator.comparingInt(PhiSpan::start));
    }

    /** The end of a day-and-month date starting at word {@code k}, or -1. */
    private static int dayAndMonth(String text, List<int[]> words, int k) {
        int[] w = words.get(k);
        boolean written = WordSet.containsLower(WRITTEN_DAYS, text, w[0], w[1]);
        if (!written && !Character.isDigit(text.charAt(w[0])) && !text.startsWith("ika-", w[0])) {
            return -1; // a day number opens with a digit, and lower-casing makes none
        }
        String day = lower(text, w);
        if (!written && dayNumber(day) < 0) {
            return -1;
        }
        int m = k + 1;
        if (m < words.size() && BETWEEN.contains(lower(text, words.get(m))) && blankBetween(text, w, words.get(m))) {
            m++;
        }
        if (m >= words.size()) {
            return -1;
        }
        int[] mw = words.get(m);
        int monthEnd = suffixStart(text, mw);
        if (m == k + 1 && !written && CalendarNames.anyLocaleMonth(text, mw[0], monthEnd)
                && (blankBetween(text, w, mw) || dotThenBlank(text, w, mw))) {
            // round 28: a month of any locale the JDK carries after a day number, the day with or without the
            // ordinal dot of Czech, Croatian, Slovak, Norwegian, Danish, Finnish ("15. března"), a case ending after
            // an apostrophe left out ("27 Ağustos'ta"); short names and English words are not in that list
            return monthEnd;
        }
        if (!blankBetween(text, words.get(m - 1), mw)) {
            return -1;
        }
        String month = text.substring(mw[0], mw[1]);
        boolean between = m == k + 2;
        if (month.equals("tháng") || month.equals("thang")) {
            // Vietnamese numbers its months: "ngày 12 tháng 3", "mùng 2 tháng 9"
            int n = m + 1;
            if (n < words.size() && blankBetween(text, mw, words.get(n))) {
                int mm = dayNumber(lower(text, words.get(n)));
                if (mm >= 1 && mm <= 12 && k > 0 && DAY_WORDS.contains(lower(text, words.get(k - 1)))) {
                    return words.get(n)[1];
                }
            }
            return -1;
        }
        if (!calendarMonth(text, mw)) {
            return between && CalendarNames.anyLocaleMonth(text, mw[0], monthEnd) ? monthEnd : -1; // "9 de setembre"
        }
        if (written && !between && (Character.isUpperCase(month.charAt(0))
                || (Lexicon.table().get(text, mw[0], mw[1]) & MONTH) != 0)) {
            return -1; // "mi primo Julio": a cousin named Julio; "due april": an English word before an English month
        }
        if (!written && !between && !ordinalMarked(day)
                && (!CalendarNames.month(month) || Character.isUpperCase(month.charAt(0))
                        || Character.UnicodeScript.of(month.codePointAt(0)) == Character.UnicodeScript.LATIN)) {
            // "5 May", "12 settembre": the scanner reads the Latin-script months after a day number (cues.txt);
            // this adds the scripts it lacks ("9 листопада"); "4 mars bars" stays a product
            return -1;
        }
        if (written && Character.isUpperCase(text.charAt(w[0])) && Character.isUpperCase(month.charAt(0))) {
            return -1; // "Cinco de Mayo", "Dos de Mayo": an occasion's name, public
        }
        return mw[1];
    }

    /** The end of a weekday followed by its day number ("понедельник 3-го", "thứ Bảy, ngày 21"), or -1. */
    private static int weekdayAndDay(String text, List<int[]> words, int k) {
        int[] w = words.get(k);
        boolean anyLocale = w[1] - w[0] > 3 && Character.isLetter(text.charAt(w[0]))
                && CalendarNames.anyLocaleWeekday(text, w[0], w[1]); // round 28: "marți", "pazartesi"
        if (!anyLocale && !CalendarNames.mayOpenTwoWordWeekday(text, w[0], w[1])
                && (w[1] - w[0] < 4 || !CalendarNames.weekday(text, w[0], w[1]))) {
            return -1; // the same answer as below, without building the pair for every word
        }
        int d = k + 1;
        String first = text.substring(w[0], w[1]);
        if (d < words.size() && CalendarNames.twoWordWeekday(first, text.substring(words.get(d)[0], words.get(d)[1]))
                && blankBetween(text, w, words.get(d))) {
            d++;
        } else if (!anyLocale && (!CalendarNames.weekday(first) || first.length() < 4)) {
            return -1;
        }
        if (d >= words.size() || !closeAfter(text, words.get(d - 1), words.get(d))) {
            return -1;
        }
        if (DAY_WORDS.contains(lower(text, words.get(d))) && d + 1 < words.size()
                && blankBetween(text, words.get(d), words.get(d + 1))) {
            d++;
        }
        String day = lower(text, words.get(d));
        int n = dayNumber(day);
        if (n < 0 || day.indexOf('/') >= 0) {
            return -1;
        }
        int end = words.get(d)[1];
        if (anyLocale && !CalendarNames.weekday(first) && timeAfter(text, end)) {
            return -1; // "pazartesi 10:00", "marți 3 pm": a weekday with a time, not a day number
        }
        int month = dayAndMonth(text, words, d);
        return month > 0 ? month : end;
    }

    /** Words after a weekday's day number that leave it a date: a preposition, a conjunction, a mark. */
    private static final Set<String> AFTER_WEEKDAY_DAY = WordSet.of("at", "and", "or", "for", "to", "is", "works",
            "work", "ok", "okay", "then", "with", "i", "we", "so", "but", "after", "before", "in", "from", "if",
            "instead", "still", "was", "would", "could", "should", "good", "fine", "vs", "thru", "through");

    /**
     * The end of an English weekday and a day number of 1 to 31 after it, with no month ("Sat 21", "call me Tues 9",
     * "Thursday 14 works"), or -1. A short weekday counts only capitalized ("sat 2 hours" is the verb); a time ("Tues
     * 9 am", "Mon 10:30"), a unit or a counted noun after the number ("Monday 3 sessions", "Sun 50 SPF") keeps it out.
     */
    private static int englishWeekdayAndDay(String text, List<int[]> words, int k) {
        int[] w = words.get(k);
        int len = w[1] - w[0];
        if (len < 3 || len > 9 || !Character.isLetter(text.charAt(w[0]))
                || (Lexicon.table().get(text, w[0], w[1]) & Lexicon.WEEKDAY) == 0) {
            return -1;
        }
        if (len < 6 && !Character.isUpperCase(text.charAt(w[0]))) {
            return -1; // "sat", "wed", "sun" in lower case are other words as often
        }
        int[] d = words.get(k + 1);
        boolean abbreviated = len <= 5 && d[0] == w[1] + 2 && text.charAt(w[1]) == '.' && text.charAt(w[1] + 1) == ' ';
        if (!closeAfter(text, w, d) && !abbreviated || d[1] - d[0] > 2) { // "Sat. 8" too
            return -1;
        }
        for (int c = d[0]; c < d[1]; c++) {
            if (!Character.isDigit(text.charAt(c))) {
                return -1;
            }
        }
        int n = Integer.parseInt(text, d[0], d[1], 10);
        if (n < 1 || n > 31 || timeAfter(text, d[1]) || d[1] < text.length() && (text.charAt(d[1]) == '/'
                || text.charAt(d[1]) == '-' || text.charAt(d[1]) == '.' && d[1] + 1 < text.length()
                && Character.isDigit(text.charAt(d[1] + 1)) || text.charAt(d[1]) == '%')) {
            return -1;
        }
        if (k + 2 < words.size() && blankBetween(text, d, words.get(k + 2))) {
            int[] a = words.get(k + 2);
            if (!WordSet.containsLower(AFTER_WEEKDAY_DAY, text, a[0], a[1])) {
                return -1; // "Monday 3 sessions", "Tues 2 groups": a count
            }
        }
        return d[1];
    }

    /** Slash pairs in a list with one pair already read as a date: the other pairs are dates too. */
    private static void slashLists(String text, List<int[]> words, List<PhiSpan> out, List<PhiSpan> added) {
        List<int[]> list = new ArrayList<>();
        int[] last = null;
        for (int[] w : words) {
            if (!slashPair(text, w)) {
                continue;
            }
            if (last == null || !joinedInList(text, last[1], w[0])) {
                finishList(text, list, out, added);
                list = new ArrayList<>();
            }
            list.add(w);
            last = w;
        }
        finishList(text, list, out, added);
    }

    private static void finishList(String text, List<int[]> list, List<PhiSpan> out, List<PhiSpan> added) {
        if (list.size() < 2) {
            return;
        }
        boolean oneIsDate = false;
        for (int[] w : list) {
            oneIsDate |= covered(out, w, true) || overItsTotal(text, w);
        }
        if (!oneIsDate) {
            return;
        }
        for (int[] w : list) {
            if (!covered(out, w, false) && !scoreOverSameTotal(text, w)) {
                added.add(new PhiSpan(w[0], w[1], DATE, SCORE));
            }
        }
    }

    /**
     * Another pair over the same total nearby that no calendar reads ("19/27": no month 19 and no day 27 of a
     * month first): the total is an instrument's, and this pair is a second score over it ("PHQ-9 19/27 on 3/14,
     * up from 12/27 on 2/14"). Read on the text's chars within a sentence's reach, without a copy.
     */
    static boolean scoreOverSameTotal(String text, int[] w) {
        int slash = text.indexOf('/', w[0]);
        if (slash < 0 || slash >= w[1]) {
            return false;
        }
        int totalLen = w[1] - slash - 1;
        if (digits(text.substring(slash + 1, w[1]), 0, totalLen) <= 12) {
            return false; // "15/4" beside "3/4" is a day written first, a date
        }
        int from = Math.max(0, w[0] - 80);
        int to = Math.min(text.length(), w[1] + 80);
        for (int k = from; k < to; k++) {
            if (text.charAt(k) != '/' || k == slash || !text.regionMatches(k + 1, text, slash + 1, totalLen)
                    || k + 1 + totalLen < text.length() && Character.isDigit(text.charAt(k + 1 + totalLen))) {
                continue;
            }
            int a = k;
            while (a > 0 && Character.isDigit(text.charAt(a - 1)) && k - a < 3) {
                a--;
            }
            if (k - a < 1 || k - a > 2 || a > 0 && (text.charAt(a - 1) == '/' || Character.isDigit(text.charAt(a - 1)))) {
                continue;
            }
            if (digits(text.substring(a, k), 0, k - a) > 12) {
                return true;
            }
        }
        return false;
    }

    /**
     * A day written first over a month ("16/3"): no score or share exceeds its total, so such a pair in a list is a
     * date whatever the scanner read ("el 2/3, el 9/3 y el 16/3").
     */
    private static boolean overItsTotal(String text, int[] w) {
        String s = text.substring(w[0], w[1]);
        int slash = s.indexOf('/');
        int a = digits(s, 0, slash);
        int b = digits(s, slash + 1, s.length());
        return a > b && a <= 31 && b <= 12 && !(a == 24 && b == 7);
    }

    /** Whether a date span of {@code out} ends at {@code end} and starts after {@code from}. */
    private static boolean coveredDate(List<PhiSpan> out, int from, int end) {
        for (PhiSpan s : out) {
            if (s.type().equals(DATE) && s.start() >= from && s.end() == end) {
                return true;
            }
        }
        return false;
    }

    /** Whether a span of {@code out} (a date one, when {@code date}) overlaps the word. */
    private static boolean covered(List<PhiSpan> out, int[] w, boolean date) {
        for (PhiSpan s : out) {
            if (s.start() < w[1] && w[0] < s.end() && (!date || s.type().equals(DATE))) {
                return true;
            }
        }
        return false;
    }

    /** "2/5", "16/3": two numbers of one or two digits that can be a month and a day in one order or the other. */
    private static boolean slashPair(String text, int[] w) {
        char first = text.charAt(w[0]); // a pair opens with a digit: most words end here, unscanned
        if (first < '0' || first > '9' || !slashWithin(text, w[0], w[1])) {
            return false; // most words: no slash, so no pair (asked of every word, before any copy)
        }
        String s = text.substring(w[0], w[1]);
        int slash = s.indexOf('/');
        if (slash < 1 || slash != s.lastIndexOf('/') || slash > 2 || s.length() - slash - 1 < 1
                || s.length() - slash - 1 > 2) {
            return false;
        }
        int a = digits(s, 0, slash);
        int b = digits(s, slash + 1, s.length());
        if (a < 1 || b < 1) {
            return false;
        }
        return a <= 12 && b <= 31 || b <= 12 && a <= 31;
    }

    /** Whether only a list's joint lies between two pairs: ", ", " and ", ", el ", " y el ", "; ". */
    static boolean joinedInList(String text, int from, int to) {
        if (charsBesidesBlanks(text, from, to) > LONGEST_JOINT) {
            // the stretch between two pairs can be most of the text: no joint is that long, so no copy, lower
            // case or split of it can answer yes
            return false;
        }
        String between = text.substring(from, to).toLowerCase(Locale.ROOT).strip();
        boolean comma = between.startsWith(",") || between.startsWith(";");
        if (comma) {
            between = between.substring(1).strip();
        }
        if (between.isEmpty()) {
            return to - from <= 3;
        }
        String[] parts = between.split("\\s+");
        if (parts.length > 2) {
            return false;
        }
        int i = 0;
        if (LIST_JOINS.contains(parts[i])) {
            i++;
        }
        if (i == 0 && !comma) {
            return false; // "rated 7/10 on 3/2": a preposition alone opens the next phrase, no list's item
        }
        if (i < parts.length && LIST_REPEATS.contains(parts[i])) {
            i++;
        }
        return i == parts.length && i > 0;
    }

    /**
     * The most chars other than blanks a joint between two pairs holds: a comma or semicolon, then a join and an
     * article repeated before each pair (three letters at most each: "and", "the").
     */
    private static final int LONGEST_JOINT = 1 + longest(LIST_JOINS) + longest(LIST_REPEATS);

    private static int longest(Set<String> words) {
        int n = 0;
        for (String w : words) {
            n = Math.max(n, w.length());
        }
        return n;
    }

    /**
     * Chars of {@code text[from, to)} that are no blank by {@link Character#isWhitespace}. Each survives the lower
     * case (as one char or more), the strip and the split on blanks in {@link #joinedInList}, so more of them than
     * the longest joint holds means no joint.
     */
    private static int charsBesidesBlanks(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    private static boolean slashWithin(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '/') {
                return true;
            }
        }
        return false;
    }

    /** A month of the calendar list or the scanner's lexicon. */
    private static boolean calendarMonth(String text, int[] w) {
        return CalendarNames.month(text.substring(w[0], w[1]))
                || (Lexicon.table().get(text, w[0], w[1]) & (MONTH | FOREIGN_MONTH)) != 0;
    }

    /** The day in a number of one or two digits with or without an ordinal mark, 1 to 31, or -1. */
    private static int dayNumber(String word) {
        if (word.startsWith("ika-")) {
            word = word.substring(4); // Tagalog's ordinal: "ika-4 ng Agosto"
        }
        int i = 0;
        while (i < word.length() && i < 3 && Character.isDigit(word.charAt(i))) {
            i++;
        }
        if (i == 0 || i > 2) {
            return -1;
        }
        String mark = word.substring(i);
        if (!mark.isEmpty() && !ORDINAL_MARKS.contains(mark)) {
            return -1;
        }
        int n = digits(word, 0, i);
        return n >= 1 && n <= 31 ? n : -1;
    }

    private static boolean ordinalMarked(String word) {
        return !word.isEmpty() && !Character.isDigit(word.charAt(word.length() - 1));
    }

    private static int digits(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /** Only blanks between two words. */
    private static boolean blankBetween(String text, int[] a, int[] b) {
        for (int i = a[1]; i < b[0]; i++) {
            if (text.charAt(i) != ' ') {
                return false;
            }
        }
        return b[0] > a[1];
    }

    /** Where a case ending after an apostrophe starts ("Ağustos'ta", "Nisan'da"), or the word's end. */
    private static int suffixStart(String text, int[] w) {
        for (int i = w[0] + 1; i < w[1]; i++) {
            char c = text.charAt(i);
            if (c == '\'' || c == '’') {
                return i;
            }
        }
        return w[1];
    }

    /** A clock time goes on after a number: ":30", " pm", " am", "h". */
    private static boolean timeAfter(String text, int end) {
        if (end < text.length() && (text.charAt(end) == ':' || text.charAt(end) == 'h')) {
            return true;
        }
        String rest = text.substring(end, Math.min(text.length(), end + 4)).toLowerCase(java.util.Locale.ROOT).strip();
        return rest.startsWith("am") || rest.startsWith("pm") || rest.startsWith("a.m") || rest.startsWith("p.m");
    }

    /** A day number's ordinal dot, then blanks: "15. března", "17. desember". */
    private static boolean dotThenBlank(String text, int[] a, int[] b) {
        return b[0] > a[1] + 1 && text.charAt(a[1]) == '.' && text.substring(a[1] + 1, b[0]).isBlank()
                && b[0] - a[1] <= 3;
    }

    /** Blanks or one comma between two words: "вторник, 8", "thứ Bảy, ngày 21". */
    private static boolean closeAfter(String text, int[] a, int[] b) {
        String between = text.substring(a[1], b[0]).strip();
        return b[0] > a[1] && (between.isEmpty() || between.equals(","));
    }

    private static String lower(String text, int[] w) {
        return text.substring(w[0], w[1]).toLowerCase(Locale.ROOT);
    }

    /**
     * Words as [start, end): letters, digits and the marks a date's word holds inside it ("1º", "12-го",
     * "sexta-feira", "пʼятницю", "4/2"). A trailing hyphen or slash is left out.
     */
    private static List<int[]> words(String text) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (!wordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int s = i;
            while (i < n && (wordChar(text.charAt(i)) || inner(text.charAt(i)) && i + 1 < n
                    && wordChar(text.charAt(i + 1)))) {
                i++;
            }
            out.add(new int[] {s, i});
        }
        return out;
    }

    private static boolean wordChar(char c) {
        return Character.isLetterOrDigit(c) || c == 'º' || c == 'ª' || c == '°' || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private static boolean inner(char c) {
        return c == '-' || c == '/' || c == '.' || c == '\'' || c == 'ʼ' || c == '’';
    }

    /** Adds {@code a} unless a span covers it; a date span it overlaps grows to hold it, another kind keeps its own. */
    private static void merge(List<PhiSpan> out, PhiSpan a) {
        int start = a.start();
        int end = a.end();
        for (int i = out.size() - 1; i >= 0; i--) {
            PhiSpan s = out.get(i);
            if (s.start() < end && start < s.end()) {
                if (!s.type().equals(DATE) && s.start() <= start && s.end() >= end) {
                    return; // inside a span of another kind: that reading stands
                }
                if (s.type().equals(DATE) && s.start() <= start && s.end() >= end) {
                    return;
                }
                if (!s.type().equals(DATE) && s.length() > end - start) {
                    return;
                }
                start = Math.min(start, s.start());
                end = Math.max(end, s.end());
                out.remove(i);
            }
        }
        out.add(new PhiSpan(start, end, DATE, Math.max(a.score(), SCORE)));
    }

    private static Set<String> writtenDays() {
        String[] days = {
            // Spanish
            "primero", "primer", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez",
            "once", "doce", "trece", "catorce", "quince", "dieciséis", "dieciseis", "diecisiete", "dieciocho",
            "diecinueve", "veinte", "veintiuno", "veintiún", "veintidós", "veintidos", "veintitrés", "veintitres",
            "veinticuatro", "veinticinco", "veintiséis", "veintiseis", "veintisiete", "veintiocho", "veintinueve",
            "treinta",
            // Portuguese
            "primeiro", "dois", "três", "quatro", "sete", "oito", "nove", "dez", "onze", "doze", "treze", "catorze",
            "quatorze", "quinze", "dezesseis", "dezessete", "dezoito", "dezenove", "vinte", "trinta",
            // French
            "premier", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "douze", "treize",
            "quinze", "seize", "vingt", "trente",
            // Italian
            "primo", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "dieci", "undici", "dodici",
            "tredici", "quattordici", "quindici", "sedici", "diciassette", "diciotto", "diciannove", "venti",
            "trenta"};
        Set<String> out = new java.util.HashSet<>(List.of(days));
        // Russian ordinals in the neuter (a date's subject) and the genitive (the day of an event): "первое", "третьего"
        String[] stems = {"перв", "втор", "трет", "четвёрт", "четверт", "пят", "шест", "седьм", "восьм", "девят",
            "десят", "одиннадцат", "двенадцат", "тринадцат", "четырнадцат", "пятнадцат", "шестнадцат",
            "семнадцат", "восемнадцат", "девятнадцат", "двадцат", "тридцат"};
        for (String stem : stems) {
            if (stem.equals("трет")) {
                out.add("третье");
                out.add("третьего");
            } else if (stem.equals("втор")) {
                out.add("второе");
                out.add("второго");
            } else {
                out.add(stem + "ое");
                out.add(stem + "ого");
            }
        }
        return WordSet.copyOf(out);
    }
}
