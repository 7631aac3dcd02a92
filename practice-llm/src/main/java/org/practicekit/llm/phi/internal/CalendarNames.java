package org.practicekit.llm.phi.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Month and weekday names of the languages the practice's clients write (calendar-names.txt, from the Unicode CLDR
 * data the JDK ships, Haitian Creole written for PracticeKit). A weekday before a day number makes it a date in any
 * of them ("el jueves 6/2", "sexta-feira, 12 de setembro", "thứ Hai, ngày 3"), and a month or weekday written in
 * lower case is a word of the calendar, not a person's name ("julho", "desanm"). The lexicon does not flag them: many
 * are surnames too ("Sabado", "Viernes", "Agosto").
 */
final class CalendarNames {
    private static final Set<String> MONTHS;
    private static final Set<String> WEEKDAYS;
    /** Weekdays written in two words, as "first second" ("thứ hai", "chủ nhật"). */
    private static final Set<String> TWO_WORD_WEEKDAYS;
    /** The first words of {@link #TWO_WORD_WEEKDAYS} ("thứ", "chủ"): a word that is none opens no two-word weekday. */
    private static final Set<String> TWO_WORD_FIRSTS;
    /**
     * Months and weekdays of every locale the JDK carries (calendar-names-jdk.txt, written by the test-scope
     * CalendarNamesGenerator): longer than three letters and no word of the English list, so that such a name may count
     * next to a day number without another cue (round 28).
     */
    private static final Set<String> ANY_MONTHS;
    private static final Set<String> ANY_WEEKDAYS;

    static {
        Set<String> months = new HashSet<>();
        Set<String> weekdays = new HashSet<>();
        Set<String> twoWord = new HashSet<>();
        load("calendar-names.txt", months, weekdays, twoWord);
        MONTHS = WordSet.copyOf(months);
        WEEKDAYS = WordSet.copyOf(weekdays);
        TWO_WORD_WEEKDAYS = WordSet.copyOf(twoWord);
        Set<String> firsts = new HashSet<>();
        for (String t : twoWord) {
            firsts.add(t.substring(0, t.indexOf(' ')));
        }
        TWO_WORD_FIRSTS = WordSet.copyOf(firsts);
        Set<String> anyMonths = new HashSet<>();
        Set<String> anyWeekdays = new HashSet<>();
        load("calendar-names-jdk.txt", anyMonths, anyWeekdays, new HashSet<>()); // the generator writes no two-word name
        ANY_MONTHS = WordSet.copyOf(anyMonths);
        ANY_WEEKDAYS = WordSet.copyOf(anyWeekdays);
    }

    /** Reads a calendar list: "[MONTH ...]" and "[WEEKDAY ...]" sections of comma-separated names. */
    private static void load(String file, Set<String> months, Set<String> weekdays, Set<String> twoWord) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                CalendarNames.class.getResourceAsStream(file), file), StandardCharsets.UTF_8))) {
            Set<String> into = null;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("[")) {
                    into = line.startsWith("[MONTH") ? months : weekdays;
                    continue;
                }
                for (String w : line.split(",")) {
                    String word = w.strip();
                    if (word.indexOf(' ') > 0) {
                        twoWord.add(word);
                    } else if (!word.isEmpty() && into != null) {
                        into.add(word);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private CalendarNames() {
    }

    /** A weekday of one of the languages, one word ("jueves", "segunda", "Huwebes", "lendi"). */
    static boolean weekday(String word) {
        return WEEKDAYS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** {@link #weekday} of {@code text}'s range {@code s..e}, without a copy for an ASCII word. */
    static boolean weekday(String text, int s, int e) {
        return WordSet.containsLower(WEEKDAYS, text, s, e);
    }

    /**
     * Whether {@code text}'s range {@code s..e} may open a {@link #twoWordWeekday}: false proves no second word makes one,
     * so a reader asks this before it builds the pair.
     */
    static boolean mayOpenTwoWordWeekday(String text, int s, int e) {
        return WordSet.containsLower(TWO_WORD_FIRSTS, text, s, e);
    }

    /** A month of one of the languages, in any case ("maio", "mars", "травня"). */
    static boolean month(String word) {
        return MONTHS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** A month of any locale the JDK carries, longer than three letters and no English word ("februarie", "března"). */
    static boolean anyLocaleMonth(String text, int s, int e) {
        return e - s > 3 && WordSet.containsLower(ANY_MONTHS, text, s, e);
    }

    /** A weekday of any locale the JDK carries, longer than three letters and no English word ("marți", "pazartesi"). */
    static boolean anyLocaleWeekday(String text, int s, int e) {
        return e - s > 3 && WordSet.containsLower(ANY_WEEKDAYS, text, s, e);
    }

    /**
     * A month or weekday of any locale the JDK carries, at any length: asked only of words in a script other than
     * Latin ("الخميس", "화요일"), where a short calendar name is no English word.
     */
    static boolean anyLocaleCalendarName(String lowerWord) {
        return ANY_MONTHS.contains(lowerWord) || ANY_WEEKDAYS.contains(lowerWord);
    }

    /** A weekday written in two words ("thứ Hai", "Chủ nhật"). */
    static boolean twoWordWeekday(String first, String second) {
        return TWO_WORD_WEEKDAYS.contains(first.toLowerCase(Locale.ROOT) + " " + second.toLowerCase(Locale.ROOT));
    }

    /**
     * A month or weekday name, or a weekday's plural ("les lundis"): a word of the calendar. Whether one that is
     * also a given name ("marco", "juni") is the name is the caller's to read.
     */
    static boolean calendarWord(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (MONTHS.contains(w) || WEEKDAYS.contains(w)) {
            return true;
        }
        return w.length() > 4 && w.endsWith("s") && WEEKDAYS.contains(w.substring(0, w.length() - 1));
    }
}
