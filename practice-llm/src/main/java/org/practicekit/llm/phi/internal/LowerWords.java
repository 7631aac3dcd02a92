package org.practicekit.llm.phi.internal;

import java.util.Locale;

/**
 * The lowercase {@code String} of a range of text, one instance per distinct ASCII word: the readers ask the same
 * words' lowercase again and again (a word and its neighbours, for every reader and every span), and a fresh
 * substring, lowercase copy and hash per question were a tenth of the detector. Kept per thread, by content, so it
 * answers exactly as {@code text.substring(s, e).toLowerCase(Locale.ROOT)} does, and the set probes that follow
 * reuse the string's cached hash. Text with chars outside ASCII is lowercased as before, without the table.
 */
final class LowerWords {
    private static final int SLOTS = 4096;
    private static final int LONGEST = 32;
    private static final ThreadLocal<String[]> TABLE = ThreadLocal.withInitial(() -> new String[SLOTS]);

    private LowerWords() {
    }

    /** {@code text.substring(s, e).toLowerCase(Locale.ROOT)}. */
    static String of(String text, int s, int e) {
        int len = e - s;
        if (len <= 0 || len > LONGEST) {
            return text.substring(s, e).toLowerCase(Locale.ROOT);
        }
        int h = 0;
        for (int k = s; k < e; k++) {
            char c = text.charAt(k);
            if (c >= 128) {
                return text.substring(s, e).toLowerCase(Locale.ROOT);
            }
            h = 31 * h + (c >= 'A' && c <= 'Z' ? c + 32 : c);
        }
        String[] table = TABLE.get();
        int at = (h ^ (h >>> 12)) & (SLOTS - 1);
        String cached = table[at];
        if (cached != null && cached.length() == len && same(cached, text, s, e)) {
            return cached;
        }
        char[] out = new char[len];
        for (int k = 0; k < len; k++) {
            char c = text.charAt(s + k);
            out[k] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        String word = new String(out);
        table[at] = word;
        return word;
    }

    private static boolean same(String lower, String text, int s, int e) {
        for (int k = s; k < e; k++) {
            char c = text.charAt(k);
            if ((c >= 'A' && c <= 'Z' ? c + 32 : c) != lower.charAt(k - s)) {
                return false;
            }
        }
        return true;
    }
}
