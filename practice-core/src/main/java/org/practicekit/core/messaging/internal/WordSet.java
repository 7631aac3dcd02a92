package org.practicekit.core.messaging.internal;

import java.util.List;

/** A small fixed set of words, tested against a range of a string without copying it. */
final class WordSet {
    private final long[] hashes;

    WordSet(List<String> words) {
        hashes = words.stream().mapToLong(LexicalRiskModel::hash).distinct().sorted().toArray();
    }

    boolean contains(String text, int start, int end) {
        long h = LexicalRiskModel.continueHash(0xcbf29ce484222325L, text, start, end);
        return java.util.Arrays.binarySearch(hashes, h) >= 0;
    }
}
