package org.practicekit.core.messaging.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds which of a fixed set of strings occur in a canonical text, all of them in one pass
 * (Aho-Corasick over the canonical alphabet). The risk rules use it to run a regular expression
 * only when a word that every match of it contains is present: most messages then run no regex.
 *
 * <p>Immutable and thread-safe once built.
 */
final class Anchors {
    /** a-z, 0-9, space, '|' and the apostrophe; any other char returns to the root. */
    private static final int ALPHABET = 40;

    private final Map<String, Integer> ids;
    private final int[] next;
    /** For each state, the anchor ids that end there (its own and through failure links). */
    private final int[][] outputs;
    private final int words;

    private Anchors(Map<String, Integer> ids, int[] next, int[][] outputs) {
        this.ids = ids;
        this.next = next;
        this.outputs = outputs;
        this.words = (ids.size() + 63) / 64;
    }

    /** Builds the automaton for {@code anchors} (duplicates allowed). */
    static Anchors of(List<String> anchors) {
        Map<String, Integer> ids = new HashMap<>();
        for (String a : anchors) {
            if (a.isEmpty()) {
                throw new IllegalArgumentException("empty anchor");
            }
            ids.putIfAbsent(a, ids.size());
        }
        List<int[]> gotoRows = new ArrayList<>();
        List<List<Integer>> out = new ArrayList<>();
        gotoRows.add(newRow());
        out.add(new ArrayList<>());
        for (Map.Entry<String, Integer> e : ids.entrySet()) {
            int state = 0;
            for (int i = 0; i < e.getKey().length(); i++) {
                int c = code(e.getKey().charAt(i));
                if (c < 0) {
                    throw new IllegalArgumentException("anchor outside the canonical alphabet: " + e.getKey());
                }
                int to = gotoRows.get(state)[c];
                if (to < 0) {
                    to = gotoRows.size();
                    gotoRows.get(state)[c] = to;
                    gotoRows.add(newRow());
                    out.add(new ArrayList<>());
                }
                state = to;
            }
            out.get(state).add(e.getValue());
        }
        int states = gotoRows.size();
        int[] fail = new int[states];
        int[] next = new int[states * ALPHABET];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int c = 0; c < ALPHABET; c++) {
            int to = gotoRows.get(0)[c];
            next[c] = Math.max(to, 0);
            if (to > 0) {
                fail[to] = 0;
                queue.add(to);
            }
        }
        while (!queue.isEmpty()) {
            int s = queue.poll();
            out.get(s).addAll(out.get(fail[s]));
            for (int c = 0; c < ALPHABET; c++) {
                int to = gotoRows.get(s)[c];
                if (to > 0) {
                    fail[to] = next[fail[s] * ALPHABET + c];
                    next[s * ALPHABET + c] = to;
                    queue.add(to);
                } else {
                    next[s * ALPHABET + c] = next[fail[s] * ALPHABET + c];
                }
            }
        }
        int[][] outputs = new int[states][];
        for (int s = 0; s < states; s++) {
            outputs[s] = out.get(s).isEmpty() ? null : out.get(s).stream().mapToInt(Integer::intValue).distinct().toArray();
        }
        return new Anchors(Map.copyOf(ids), next, outputs);
    }

    private static int[] newRow() {
        int[] row = new int[ALPHABET];
        Arrays.fill(row, -1);
        return row;
    }

    private static int code(char c) {
        if (c >= 'a' && c <= 'z') {
            return c - 'a';
        }
        if (c >= '0' && c <= '9') {
            return 26 + (c - '0');
        }
        switch (c) {
            case ' ': return 36;
            case '|': return 37;
            case '\'': return 38;
            default: return -1;
        }
    }

    /** Number of distinct anchors; ids run from 0 to size - 1. */
    int size() {
        return ids.size();
    }

    /** Length of the bit sets {@link #present} returns. */
    int words() {
        return words;
    }

    /** The id of {@code anchor}, as {@link #present} reports it. */
    int id(String anchor) {
        Integer id = ids.get(anchor);
        if (id == null) {
            throw new IllegalArgumentException("unknown anchor " + anchor);
        }
        return id;
    }

    /** Ids of every anchor in {@code anchors} ("a|b|c" or a single word). */
    int[] ids(String alternatives) {
        return Arrays.stream(alternatives.split("\\|")).mapToInt(this::id).toArray();
    }

    /** Which anchors occur in {@code text}, as a bit set indexed by id. */
    long[] present(String text) {
        long[] found = new long[words];
        int state = 0;
        for (int i = 0; i < text.length(); i++) {
            int c = code(text.charAt(i));
            if (c < 0) {
                state = 0;
                continue;
            }
            state = next[state * ALPHABET + c];
            int[] o = outputs[state];
            if (o != null) {
                for (int id : o) {
                    found[id >>> 6] |= 1L << id;
                }
            }
        }
        return found;
    }

    /** True when any of {@code ids} is set in {@code present}. */
    static boolean any(long[] present, int[] ids) {
        for (int id : ids) {
            if ((present[id >>> 6] & (1L << id)) != 0) {
                return true;
            }
        }
        return false;
    }
}
