package org.practicekit.llm.phi.internal;

/**
 * A case-insensitive map from words (or short phrases with single spaces) to bit flags, looked up
 * straight from a range of the text without allocating: the detector asks it once per word. ASCII
 * letters are folded inline; other chars through {@link Character#toLowerCase(char)}. Build once,
 * then read-only and thread-safe.
 */
public final class WordTable {
    private char[][] keys;
    private long[] values;
    private int[] hashes;
    /** Per slot: the hash with its lowest bit set, 0 for an empty slot; a probe reads this one array until a key may match. */
    private int[] tags;
    private int size;
    private int mask;

    public WordTable(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 3)) << 1;
        keys = new char[cap][];
        values = new long[cap];
        hashes = new int[cap];
        tags = new int[cap];
        mask = cap - 1;
    }

    private static char fold(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        if (c == '\u2019') {
            return '\'';
        }
        return Character.toLowerCase(c);
    }

    private static int hash(CharSequence s, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + fold(s.charAt(i));
        }
        return h ^ (h >>> 16);
    }

    /** Adds {@code flags} to the word's flags. */
    public void add(String word, long flags) {
        if (size * 2 >= keys.length) {
            grow();
        }
        char[] k = new char[word.length()];
        for (int i = 0; i < k.length; i++) {
            k[i] = fold(word.charAt(i));
        }
        int h = hash(word, 0, word.length());
        int at = h & mask;
        while (keys[at] != null) {
            if (java.util.Arrays.equals(keys[at], k)) {
                values[at] |= flags;
                return;
            }
            at = (at + 1) & mask;
        }
        keys[at] = k;
        values[at] = flags;
        hashes[at] = h;
        tags[at] = h | 1;
        size++;
    }

    private void grow() {
        char[][] oldKeys = keys;
        long[] oldValues = values;
        keys = new char[oldKeys.length * 2][];
        values = new long[oldKeys.length * 2];
        hashes = new int[oldKeys.length * 2];
        tags = new int[oldKeys.length * 2];
        mask = keys.length - 1;
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                add(new String(oldKeys[i]), oldValues[i]);
            }
        }
    }

    /** Folds one char the way keys are stored (ASCII upper case to lower case, curly apostrophe to straight). */
    public static int foldForHash(char c) {
        return c < 128 ? (c >= 'A' && c <= 'Z' ? c + 32 : c) : fold(c);
    }

    /** Flags of {@code text[start, end)}, or 0; the array form the detector uses on its hot path. */
    public long get(char[] text, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + foldForHash(text[i]);
        }
        return get(text, start, end, h);
    }

    /**
     * Flags of {@code text[start, end)}, or 0, given {@code rawHash}: the sum
     * {@code h = 31 * h + foldForHash(c)} over the range, as the tokenizer computes it in passing.
     */
    public long get(char[] text, int start, int end, int rawHash) {
        int h = rawHash ^ (rawHash >>> 16);
        int tag = h | 1;
        for (int at = h & mask; tags[at] != 0; at = (at + 1) & mask) {
            if (tags[at] == tag && sameKey(keys[at], text, start, end)) {
                return values[at];
            }
        }
        return 0;
    }

    private static boolean sameKey(char[] k, char[] text, int start, int end) {
        if (k.length != end - start) {
            return false;
        }
        for (int i = 0; i < k.length; i++) {
            if (k[i] != foldForHash(text[start + i])) {
                return false;
            }
        }
        return true;
    }

    /** Flags of {@code text[start, end)}, or 0; the same lookup as the array form, read through charAt. */
    public long get(CharSequence text, int start, int end) {
        int raw = 0;
        for (int i = start; i < end; i++) {
            raw = 31 * raw + foldForHash(text.charAt(i));
        }
        int h = raw ^ (raw >>> 16);
        int tag = h | 1;
        for (int at = h & mask; tags[at] != 0; at = (at + 1) & mask) {
            if (tags[at] == tag && sameKey(keys[at], text, start, end)) {
                return values[at];
            }
        }
        return 0;
    }

    private static boolean sameKey(char[] k, CharSequence text, int start, int end) {
        if (k.length != end - start) {
            return false;
        }
        for (int i = 0; i < k.length; i++) {
            if (k[i] != foldForHash(text.charAt(start + i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A 65,536-bit filter of the words whose flags intersect {@code mask}: a clear bit proves a word
     * is not among them, so the scanner can skip the lookup for most lowercase words.
     */
    public long[] filter(long mask) {
        return filter(mask, 0);
    }

    /** {@link #filter(long)} without the words that also carry a flag of {@code exclude}. */
    public long[] filter(long mask, long exclude) {
        long[] bits = new long[1 << 10];
        for (int at = 0; at < keys.length; at++) {
            if (keys[at] != null && (values[at] & mask) != 0 && (values[at] & exclude) == 0) {
                int b = hashes[at] & 0xFFFF;
                bits[b >>> 6] |= 1L << b;
            }
        }
        return bits;
    }

    /** Whether a word with raw hash {@code rawHash} may be in {@code filter}. */
    public static boolean mayContain(long[] filter, int rawHash) {
        int b = (rawHash ^ (rawHash >>> 16)) & 0xFFFF;
        return (filter[b >>> 6] & (1L << b)) != 0;
    }

    public int size() {
        return size;
    }
}
