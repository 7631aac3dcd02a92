package org.practicekit.core.messaging.internal;

import org.practicekit.core.text.WordList;

/**
 * Whether the risk classifier can read a message at all: it reads English and Spanish. A message
 * whose words are mostly in neither word list, or mostly in a script other than Latin, is one it
 * cannot assess, and a person must read it.
 */
final class Readability {
    /** Below this share of known words a message of at least {@link #MIN_WORDS} words is unreadable. */
    static final double MIN_KNOWN_SHARE = 0.5;
    static final int MIN_WORDS = 2;

    private Readability() {
    }

    /** True when the canonical text has enough words and too few of them are English or Spanish. */
    static boolean unreadable(String canonical) {
        int words = 0;
        int known = 0;
        int n = canonical.length();
        int i = 0;
        while (i < n) {
            int end = canonical.indexOf(' ', i);
            if (end < 0) {
                end = n;
            }
            if (end - i >= 2 && isWord(canonical, i, end)) {
                if (!isLatin(canonical, i, end)) {
                    // Scripts without spaces (Chinese, Japanese, Thai) write several words as one token.
                    words += Math.max(1, (end - i) / 2);
                } else {
                    words++;
                    if (WordList.english().contains(canonical, i, end) || WordList.spanish().contains(canonical, i, end)) {
                        known++;
                    }
                }
            }
            i = end + 1;
        }
        return words >= MIN_WORDS && known < words * MIN_KNOWN_SHARE;
    }

    private static boolean isWord(String s, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!Character.isLetter(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLatin(String s, int start, int end) {
        for (int i = start; i < end; i++) {
            if (s.charAt(i) > 0x24F) {
                return false;
            }
        }
        return true;
    }
}
