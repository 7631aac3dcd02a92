package org.practicekit.llm.phi.internal;

import java.util.List;
import java.util.Set;
import org.practicekit.llm.phi.PhiCategory;
import org.practicekit.llm.phi.PhiSpan;

/**
 * A name spoken of as a word, not as someone: "wang means king", "Dominique is also the name of that song", "the
 * word Kevin". What follows or precedes says the sentence is about the word itself, so no person is named there.
 * Only one-word person and name spans are read; "my son is named Kevin" and "her name is June" stay names (the
 * sentence gives someone the name). Stateless and thread-safe.
 */
public final class WordMentions {
    private static final WordTable LEX = Lexicon.table();

    private WordMentions() {
    }

    /** {@code found} without the one-word person and name spans the sentence mentions as words; itself if none. */
    public static List<PhiSpan> read(String text, List<PhiSpan> found) {
        return KeptSpans.without(found, s -> (s.type() == PhiCategory.PERSON || s.type() == PhiCategory.NAME)
                && oneWord(text, s) && (mentionAfter(text, s.end()) || mentionBefore(text, s.start())
                        || countedUnit(text, s) || letterAfterArticle(text, s) || credential(text, s.start(), s.end())));
    }

    /** Numbers spelled before a unit: "three hundred miles", "a couple miles", "a few hours". */
    private static final Set<String> COUNTS = WordSet.of("one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
            "eighty", "ninety", "hundred", "hundreds", "thousand", "thousands", "dozen", "few", "couple", "several",
            "many", "more", "extra", "million");

    /**
     * A lower-case unit of measure right after a number ("three hundred miles", "40 miles"): a quantity, whatever
     * name the unit is too (round 22: "miles" the distance beside "Miles" the person).
     */
    private static boolean countedUnit(String text, PhiSpan s) {
        if (!Character.isLowerCase(text.charAt(s.start()))
                || (LEX.get(text, s.start(), s.end()) & Lexicon.UNIT_OF_MEASURE) == 0) {
            return false;
        }
        int k = s.start();
        while (k > 0 && text.charAt(k - 1) == ' ') {
            k--;
        }
        if (k < s.start() && k > 0 && Character.isDigit(text.charAt(k - 1))) {
            return true;
        }
        int[] before = DenyByDefaultReading.wordBefore(text, s.start());
        return before != null && WordSet.containsLower(COUNTS, text, before[0], before[1]);
    }

    /** Degrees and licences clinicians write after their names; alone they name the credential, no one. */
    private static final Set<String> CREDENTIALS = WordSet.of("phd", "psyd", "edd", "pharmd", "dnp", "md", "lcsw",
            "lmsw", "lisw", "licsw", "lpc", "lpcc", "lcpc", "lmhc", "lmft", "lcmhc", "pmhnp", "aprn", "msw", "bcba",
            "lcadc", "cadc", "lac");

    /** A credential written alone ("get her PsyD", "finished his PhD"): round 22. */
    static boolean credential(String text, int s, int e) {
        return e - s >= 2 && WordSet.containsLower(CREDENTIALS, text, s, e);
    }

    private static final Set<String> ARTICLES = WordSet.of("the", "a", "an", "this", "that");

    /**
     * A capital letter after an article ("the T was late", "got an A", "the L to work"): a train line, a grade or the
     * letter itself. A person's initial stands where a name does, with no article ("T said", "my friend B").
     */
    private static boolean letterAfterArticle(String text, PhiSpan s) {
        if (s.end() - s.start() != 1 || !Character.isUpperCase(text.charAt(s.start()))) {
            return false;
        }
        int[] before = DenyByDefaultReading.wordBefore(text, s.start());
        return before != null && before[1] < s.start() && WordSet.containsLower(ARTICLES, text, before[0], before[1]);
    }

    private static boolean oneWord(String text, PhiSpan s) {
        for (int i = s.start(); i < s.end(); i++) {
            if (!Character.isLetter(text.charAt(i))) {
                return false;
            }
        }
        return s.end() > s.start();
    }

    /** "X means", "X meant", "X stands for", "X is (also) the name of", "X is a name for". */
    private static boolean mentionAfter(String text, int e) {
        int n = ResidualCheck.skipBlanks(text, e);
        if (n == e) {
            return false;
        }
        if (ResidualCheck.wordIs(text, n, "means") || ResidualCheck.wordIs(text, n, "meant")) {
            return true;
        }
        if (ResidualCheck.wordIs(text, n, "stands")) {
            int m = ResidualCheck.skipBlanks(text, ResidualCheck.lettersEnd(text, n));
            return ResidualCheck.wordIs(text, m, "for");
        }
        if (!ResidualCheck.wordIs(text, n, "is")) {
            return false;
        }
        int m = ResidualCheck.skipBlanks(text, n + 2);
        if (ResidualCheck.wordIs(text, m, "also")) {
            m = ResidualCheck.skipBlanks(text, m + 4);
        }
        int a = m;
        if (!ResidualCheck.wordIs(text, a, "the") && !ResidualCheck.wordIs(text, a, "a")) {
            return false;
        }
        int w = ResidualCheck.skipBlanks(text, ResidualCheck.lettersEnd(text, a));
        if (!ResidualCheck.wordIs(text, w, "name")) {
            return false;
        }
        int o = ResidualCheck.skipBlanks(text, w + 4);
        return ResidualCheck.wordIs(text, o, "of") || ResidualCheck.wordIs(text, o, "for");
    }

    /** "the word X", "the letter X": the sentence holds the word up to look at it. */
    private static boolean mentionBefore(String text, int s) {
        int k = s - 1;
        while (k >= 0 && (text.charAt(k) == ' ' || text.charAt(k) == '"' || text.charAt(k) == '\'')) {
            k--;
        }
        int we = k + 1;
        int ws = we;
        while (ws > 0 && Character.isLetter(text.charAt(ws - 1))) {
            ws--;
        }
        if (we - ws != 4 || !text.regionMatches(true, ws, "word", 0, 4)) {
            return false;
        }
        int d = ws - 1;
        while (d >= 0 && text.charAt(d) == ' ') {
            d--;
        }
        return d >= 2 && text.regionMatches(true, d - 2, "the", 0, 3);
    }
}
