package org.practicekit.notes.internal;

import java.util.Collection;

/**
 * A bit per hash of a fixed word list, asked before the list's own table: a word it says no to is in no table built
 * from that list, so the lookup is skipped; a yes is only "maybe" and the table answers. Why: the reading asks most
 * words of every field and sentence whether they are in a small fixed set, and nearly all are not; a hash the shared
 * word string already carries and one bit test cost less than the table's probe. Immutable, built once from words the
 * code fixes (never from what a clinician typed).
 */
final class WordFilter {
    private final long[] bits;
    private final int mask;

    private WordFilter(Collection<String> words) {
        // About sixteen bits a word: a word outside the list passes one time in sixteen or fewer.
        int size = Integer.highestOneBit(Math.max(64, words.size() * 16 - 1)) << 1;
        this.bits = new long[size >>> 6];
        this.mask = size - 1;
        for (String w : words) {
            int at = slot(w);
            bits[at >>> 6] |= 1L << at;
        }
    }

    /** A filter of {@code words}: {@link #mayHold} is true of each of them. */
    static WordFilter of(Collection<String> words) {
        return new WordFilter(words);
    }

    /** False when {@code word} is certainly none of the filter's words. */
    boolean mayHold(String word) {
        int at = slot(word);
        return (bits[at >>> 6] & 1L << at) != 0;
    }

    private int slot(String word) {
        int h = word.hashCode();
        return (h ^ h >>> 16) & mask;
    }
}
