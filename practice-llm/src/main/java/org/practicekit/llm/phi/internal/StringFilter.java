package org.practicekit.llm.phi.internal;

import java.util.Set;

/**
 * A bit filter of the hash codes of a set's strings, asked before the set: most words of a text are in none of the
 * slot readers' lists, and leave after one bit test instead of a probe of the set's table and a string compare.
 */
final class StringFilter {
    private final long[] bits;
    private final int mask;

    StringFilter(Set<String> set) {
        int size = Integer.highestOneBit(Math.max(1024, set.size() * 16) - 1) << 1; // 16 or more bits per entry
        bits = new long[size >>> 6];
        mask = size - 1;
        for (String s : set) {
            int b = bit(s);
            bits[b >>> 6] |= 1L << b;
        }
    }

    /** False only when the set cannot hold {@code s}. */
    boolean mayContain(String s) {
        int b = bit(s);
        return (bits[b >>> 6] & (1L << b)) != 0;
    }

    private int bit(String s) {
        int h = s.hashCode();
        return (h ^ (h >>> 16)) & mask;
    }
}
