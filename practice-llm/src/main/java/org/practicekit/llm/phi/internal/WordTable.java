package org.practicekit.llm.phi.internal;

/**
 * A case-insensitive map from words (or short phrases with single spaces) to bit flags, looked up
 * straight from a range of the text without allocating: the detector asks it once per word. ASCII
 * letters are folded inline; other chars through {@link Character#toLowerCase(char)}. Build once,
 * then read-only and thread-safe.
 */
public final class WordTable {
    /*
     * Layout for few cache misses per lookup: one long per slot holds the key's hash (high half) and the
     * entry's offset in one char pool (low half, from 1, so 0 is an empty slot); an entry is its length,
     * its flags as four chars, then its folded chars. A hit reads one slot and one stretch of the pool,
     * where separate key, hash and value arrays read four places.
     */
    private static final int FLAGS_AT = 1;
    private static final int CHARS_AT = 5;

    private long[] slots;
    private char[] pool = new char[1 << 16];
    private int poolSize = 1;
    private int size;
    private int mask;

    public WordTable(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 3)) << 1;
        slots = new long[cap];
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
        if (size * 2 >= slots.length) {
            grow();
        }
        int h = hash(word, 0, word.length());
        int len = word.length();
        int at = h & mask;
        for (long slot = slots[at]; slot != 0; slot = slots[at]) {
            int off = (int) slot;
            if ((int) (slot >>> 32) == h && pool[off] == len && sameFolded(off, word)) {
                setFlags(off, flags(off) | flags);
                return;
            }
            at = (at + 1) & mask;
        }
        if (poolSize + CHARS_AT + len > pool.length) {
            pool = java.util.Arrays.copyOf(pool, Math.max(pool.length * 2, poolSize + CHARS_AT + len));
        }
        int off = poolSize;
        pool[off] = (char) len;
        setFlags(off, flags);
        for (int i = 0; i < len; i++) {
            pool[off + CHARS_AT + i] = fold(word.charAt(i));
        }
        poolSize += CHARS_AT + len;
        slots[at] = (long) h << 32 | off;
        size++;
    }

    private boolean sameFolded(int off, String word) {
        for (int i = 0; i < word.length(); i++) {
            if (pool[off + CHARS_AT + i] != fold(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private long flags(int off) {
        int f = off + FLAGS_AT;
        return pool[f] | (long) pool[f + 1] << 16 | (long) pool[f + 2] << 32 | (long) pool[f + 3] << 48;
    }

    private void setFlags(int off, long flags) {
        int f = off + FLAGS_AT;
        pool[f] = (char) flags;
        pool[f + 1] = (char) (flags >>> 16);
        pool[f + 2] = (char) (flags >>> 32);
        pool[f + 3] = (char) (flags >>> 48);
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        mask = slots.length - 1;
        for (long slot : old) {
            if (slot != 0) {
                int at = (int) (slot >>> 32) & mask;
                while (slots[at] != 0) {
                    at = (at + 1) & mask;
                }
                slots[at] = slot;
            }
        }
    }

    /** Folds one char the way keys are stored (ASCII upper case to lower case, curly apostrophe to straight). */
    public static int foldForHash(char c) {
        return c < 128 ? (c >= 'A' && c <= 'Z' ? c + 32 : c) : fold(c);
    }

    /**
     * Slots of a per-text cache of recent lookups for a text of {@code length} chars: 1,024, and more for long
     * texts (up to 16,384), whose distinct words collide in 1,024 slots and go back to this table, a cache miss
     * in memory each time.
     */
    public static int recentSlots(int length) {
        return Integer.highestOneBit(Math.max(1024, Math.min(16_384, length / 8)));
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
        return probe(rawHash, text, "", start, end);
    }

    /** The probe both forms share: {@code array} when not null, else {@code seq}, holds the word. */
    private long probe(int rawHash, char[] array, CharSequence seq, int start, int end) {
        int h = rawHash ^ (rawHash >>> 16);
        int len = end - start;
        for (int at = h & mask;; at = (at + 1) & mask) {
            long slot = slots[at];
            if (slot == 0) {
                return 0;
            }
            int off = (int) slot;
            if ((int) (slot >>> 32) == h && pool[off] == len
                    && (array != null ? sameKey(off + CHARS_AT, array, start, len) : sameKey(off + CHARS_AT, seq, start, len))) {
                return flags(off);
            }
        }
    }

    private boolean sameKey(int k, char[] text, int start, int len) {
        char[] p = pool;
        for (int i = 0; i < len; i++) {
            if (p[k + i] != foldForHash(text[start + i])) {
                return false;
            }
        }
        return true;
    }

    /** Flags of {@code text[start, end)}, or 0; the same lookup as the array form, reading {@code text} in place. */
    public long get(CharSequence text, int start, int end) {
        int raw = 0;
        for (int i = start; i < end; i++) {
            raw = 31 * raw + foldForHash(text.charAt(i));
        }
        return probe(raw, null, text, start, end); // read in place: no copy of each word asked about
    }

    private boolean sameKey(int k, CharSequence text, int start, int len) {
        char[] p = pool;
        for (int i = 0; i < len; i++) {
            if (p[k + i] != foldForHash(text.charAt(start + i))) {
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
        for (long slot : slots) {
            if (slot != 0) {
                long flags = flags((int) slot);
                if ((flags & mask) != 0 && (flags & exclude) == 0) {
                    int b = (int) (slot >>> 32) & 0xFFFF;
                    bits[b >>> 6] |= 1L << b;
                }
            }
        }
        return bits;
    }

    /**
     * {@link #filter(long)} of the first words of the entries with a flag of {@code mask} ("wicker" of "wicker
     * park", "eid" of "eid al-fitr"): a cheap test of whether a phrase of those entries can start at a word.
     */
    public long[] firstWordFilter(long mask) {
        long[] bits = new long[1 << 10];
        for (long slot : slots) {
            if (slot != 0 && (flags((int) slot) & mask) != 0) {
                int off = (int) slot;
                int len = pool[off];
                int raw = 0;
                for (int i = 0; i < len; i++) {
                    char c = pool[off + CHARS_AT + i];
                    if (!Character.isLetterOrDigit(c)) {
                        break;
                    }
                    raw = 31 * raw + foldForHash(c);
                }
                int b = (raw ^ (raw >>> 16)) & 0xFFFF;
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
