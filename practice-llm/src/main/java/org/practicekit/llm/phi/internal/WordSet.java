package org.practicekit.llm.phi.internal;

import java.util.AbstractSet;
import java.util.Collection;
import java.util.Iterator;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * An immutable set of words for the readers' per-word membership tests. {@code Set.of} divides on every probe and
 * dereferences each colliding element to compare it; here the table is a power of two and keeps each word's hash,
 * so a miss (most words) costs a mask and an int compare. Like {@code Set.of}, null is neither held nor asked about.
 */
final class WordSet extends AbstractSet<String> {
    private final String[] keys;
    private final int[] hashes;
    private final int mask;
    private final int size;
    /**
     * The ASCII chars some word opens with, as bits (0-63, 64-127), and the longest word: most words asked about
     * open with a char no word of a small set opens with, and are answered before they are hashed.
     */
    private final long firstLow;
    private final long firstHigh;
    private final int longest;

    private WordSet(Collection<? extends String> words, boolean rejectDuplicates) {
        int capacity = Integer.highestOneBit(Math.max(4, words.size() * 3)) << 1; // load at most 3/8
        keys = new String[capacity];
        hashes = new int[capacity];
        mask = capacity - 1;
        int n = 0;
        for (String w : words) {
            Objects.requireNonNull(w);
            int h = w.hashCode();
            int i = slot(h);
            boolean duplicate = false;
            while (keys[i] != null) {
                if (hashes[i] == h && keys[i].equals(w)) {
                    duplicate = true;
                    break;
                }
                i = (i + 1) & mask;
            }
            if (duplicate) {
                if (rejectDuplicates) {
                    throw new IllegalArgumentException("duplicate element: " + w);
                }
                continue;
            }
            keys[i] = w;
            hashes[i] = h;
            n++;
        }
        size = n;
        long low = 0;
        long high = 0;
        int max = 0;
        for (String k : keys) {
            if (k == null) {
                continue;
            }
            max = Math.max(max, k.length());
            char c = k.isEmpty() ? 128 : k.charAt(0);
            if (c < 64) {
                low |= 1L << c;
            } else if (c < 128) {
                high |= 1L << (c - 64);
            }
        }
        firstLow = low;
        firstHigh = high;
        longest = max;
    }

    /** Whether no word opens with ASCII char {@code c} ({@code c < 128}). */
    private boolean noneOpensWith(char c) {
        return c < 64 ? (firstLow & (1L << c)) == 0 : (firstHigh & (1L << (c - 64))) == 0;
    }

    /** The words, each once; a repeated word is an error, as in {@code Set.of}. */
    static WordSet of(String... words) {
        return new WordSet(java.util.Arrays.asList(words), true);
    }

    /** The distinct words of {@code words}, as {@code Set.copyOf}. */
    static WordSet copyOf(Collection<? extends String> words) {
        return words instanceof WordSet ws ? ws : new WordSet(words, false);
    }

    private int slot(int h) {
        return (h ^ (h >>> 16)) & mask;
    }

    @Override
    public boolean contains(Object o) {
        if (!(o instanceof String)) {
            Objects.requireNonNull(o);
            return false;
        }
        String w = (String) o;
        if (w.length() > longest || !w.isEmpty() && w.charAt(0) < 128 && noneOpensWith(w.charAt(0))) {
            return false;
        }
        int h = w.hashCode();
        int i = slot(h);
        String k;
        while ((k = keys[i]) != null) {
            if (hashes[i] == h && k.equals(w)) {
                return true;
            }
            i = (i + 1) & mask;
        }
        return false;
    }

    /**
     * {@code set.contains(text.substring(s, e).toLowerCase(Locale.ROOT))} without the copy: an ASCII word is hashed and
     * compared in place (a Java string's hash is the same over its chars whatever it stores them as).
     */
    static boolean containsLower(Set<String> set, String text, int s, int e) {
        if (set instanceof WordSet ws && s >= 0 && s <= e && e <= text.length()) {
            char first = s < e ? text.charAt(s) : 128;
            if (first < 128 && ws.noneOpensWith(first >= 'A' && first <= 'Z' ? (char) (first + 32) : first)) {
                return false; // ASCII lower-cases alone, in place or through toLowerCase below
            }
            int h = 0;
            for (int k = s; k < e; k++) {
                char c = text.charAt(k);
                if (c >= 128) {
                    return set.contains(text.substring(s, e).toLowerCase(Locale.ROOT));
                }
                h = 31 * h + (c >= 'A' && c <= 'Z' ? c + 32 : c);
            }
            return ws.holdsLower(h, text, s, e);
        }
        return set.contains(text.substring(s, e).toLowerCase(Locale.ROOT));
    }

    /**
     * {@code set.contains(text.substring(s, e).toLowerCase(Locale.ROOT) + suffix)} without the two copies (the suffix
     * is appended as it is, as there): an ASCII range is hashed from its lower case on into the suffix and compared in
     * place; a range with other chars is copied as before.
     */
    static boolean containsLowerThen(Set<String> set, String text, int s, int e, String suffix) {
        if (set instanceof WordSet ws && s >= 0 && s <= e && e <= text.length()) {
            int h = 0;
            for (int k = s; k < e; k++) {
                char c = text.charAt(k);
                if (c >= 128) {
                    return set.contains(text.substring(s, e).toLowerCase(Locale.ROOT) + suffix);
                }
                h = 31 * h + (c >= 'A' && c <= 'Z' ? c + 32 : c);
            }
            for (int k = 0; k < suffix.length(); k++) {
                h = 31 * h + suffix.charAt(k);
            }
            int i = ws.slot(h);
            String key;
            while ((key = ws.keys[i]) != null) {
                if (ws.hashes[i] == h && key.length() == e - s + suffix.length() && key.startsWith(suffix, e - s)
                        && sameLowerRange(key, text, s, e)) {
                    return true;
                }
                i = (i + 1) & ws.mask;
            }
            return false;
        }
        return set.contains(text.substring(s, e).toLowerCase(Locale.ROOT) + suffix);
    }

    /** {@link #containsLower} for the public readers' lowercase, which reads an empty or reversed range as "". */
    static boolean containsLowerOrEmpty(Set<String> set, String text, int s, int e) {
        return s >= e || s < 0 ? set.contains("") : containsLower(set, text, s, Math.min(e, text.length()));
    }

    /** Whether an entry hashing to {@code h} is the ASCII range {@code s..e} of {@code text} in lower case. */
    private boolean holdsLower(int h, String text, int s, int e) {
        int i = slot(h);
        String k;
        while ((k = keys[i]) != null) {
            if (hashes[i] == h && k.length() == e - s && sameLower(k, text, s)) {
                return true;
            }
            i = (i + 1) & mask;
        }
        return false;
    }

    /** Whether {@code key} opens with the ASCII range {@code s..e} of {@code text} in lower case. */
    private static boolean sameLowerRange(String key, String text, int s, int e) {
        for (int j = 0, k = s; k < e; j++, k++) {
            char c = text.charAt(k);
            if ((c >= 'A' && c <= 'Z' ? c + 32 : c) != key.charAt(j)) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameLower(String key, String text, int s) {
        for (int j = 0, n = key.length(); j < n; j++) {
            char c = text.charAt(s + j);
            if ((c >= 'A' && c <= 'Z' ? c + 32 : c) != key.charAt(j)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Iterator<String> iterator() {
        return new Iterator<>() {
            private int i = advance(0);

            private int advance(int from) {
                int k = from;
                while (k < keys.length && keys[k] == null) {
                    k++;
                }
                return k;
            }

            @Override
            public boolean hasNext() {
                return i < keys.length;
            }

            @Override
            public String next() {
                if (i >= keys.length) {
                    throw new NoSuchElementException();
                }
                String k = keys[i];
                i = advance(i + 1);
                return k;
            }
        };
    }

    @Override
    public boolean add(String e) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean remove(Object o) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void clear() {
        throw new UnsupportedOperationException();
    }
}
