package org.practicekit.llm.phi.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A text's words as [start, end): letters and digits with the inner joiners a reader allows (apostrophes, ampersands,
 * and for some readers hyphens: "Pt's", "AT&T", "co-worker"); a placeholder of the text already pseudonymized
 * ("[PERSON_1]") is one word of its own, so no run of words crosses it. Shared by the slot readers that walk words.
 */
final class WordSpans {
    /** Apostrophes and ampersands join; a hyphen splits ("I-94" is two words). */
    static final String APOSTROPHE_AMPERSAND = "'\u2019&";
    /** Apostrophes, hyphens and ampersands join ("co-worker"). */
    static final String APOSTROPHE_HYPHEN_AMPERSAND = "'\u2019-&";

    private WordSpans() {
    }

    static List<int[]> of(String text, String joiners) {
        List<int[]> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '[') {
                int close = text.indexOf(']', i);
                if (close > i) {
                    out.add(new int[] {i, close + 1});
                    i = close + 1;
                    continue;
                }
            }
            if (!Character.isLetterOrDigit(c)) {
                i++;
                continue;
            }
            int s = i;
            while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || i + 1 < n
                    && joiners.indexOf(text.charAt(i)) >= 0 && Character.isLetterOrDigit(text.charAt(i + 1)))) {
                i++;
            }
            out.add(new int[] {s, i});
        }
        return out;
    }
}
