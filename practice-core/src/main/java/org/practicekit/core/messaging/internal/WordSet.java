package org.practicekit.core.messaging.internal;

import java.util.List;

/** A small fixed set of words, tested against a range of a string without copying it. */
final class WordSet {
    private final long[] hashes;

    WordSet(List<String> words) {
        hashes = words.stream().mapToLong(LexicalRiskModel::hash).distinct().sorted().toArray();
    }

    /** True when the word with this {@link LexicalRiskModel#tokenHash} is in the set. */
    boolean contains(long tokenHash) {
        return java.util.Arrays.binarySearch(hashes, tokenHash) >= 0;
    }
}
