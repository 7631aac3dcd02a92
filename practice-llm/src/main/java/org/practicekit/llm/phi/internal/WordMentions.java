package org.practicekit.llm.phi.internal;

import java.util.ArrayList;
import java.util.List;
import org.practicekit.llm.phi.PhiCategory;
import org.practicekit.llm.phi.PhiSpan;

/**
 * A name spoken of as a word, not as someone: "wang means king", "Dominique is also the name of that song", "the
 * word Kevin". What follows or precedes says the sentence is about the word itself, so no person is named there.
 * Only one-word person and name spans are read; "my son is named Kevin" and "her name is June" stay names (the
 * sentence gives someone the name). Stateless and thread-safe.
 */
public final class WordMentions {
    private WordMentions() {
    }

    /** {@code found} without the one-word person and name spans the sentence mentions as words; itself if none. */
    public static List<PhiSpan> read(String text, List<PhiSpan> found) {
        List<PhiSpan> out = null;
        for (int k = 0; k < found.size(); k++) {
            PhiSpan s = found.get(k);
            boolean mention = (s.type() == PhiCategory.PERSON || s.type() == PhiCategory.NAME) && oneWord(text, s)
                    && (mentionAfter(text, s.end()) || mentionBefore(text, s.start()));
            if (mention && out == null) {
                out = new ArrayList<>(found.subList(0, k));
            } else if (!mention && out != null) {
                out.add(s);
            }
        }
        return out == null ? found : out;
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
