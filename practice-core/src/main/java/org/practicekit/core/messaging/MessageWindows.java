package org.practicekit.core.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The pieces a client's message is assessed in, so that one risk sentence inside a long portal post
 * is read on its own instead of being diluted by the routine text around it. A short message (one or
 * two sentences, at most {@link #MAX_WORDS} words) is one window; a longer one is read as each pair
 * of neighbouring sentences, and a sentence longer than {@link #MAX_WORDS} words in overlapping
 * chunks. The number of windows and their total length grow linearly with the message.
 *
 * <p>Stateless and thread-safe.
 */
public final class MessageWindows {
    /** The most words one window holds. */
    public static final int MAX_WORDS = 40;
    /** How far a chunk of an over-long sentence moves on (windows overlap by the rest). */
    public static final int CHUNK_STEP = 28;

    private MessageWindows() {
    }

    /** The windows of {@code message}, in order; one empty window for a blank message. */
    public static List<String> of(String message) {
        Objects.requireNonNull(message, "message == null");
        List<int[]> sentences = sentences(message);
        List<String> out = new ArrayList<>();
        if (sentences.size() <= 2 && words(message, 0, message.length()) <= MAX_WORDS) {
            out.add(message.strip());
            return out;
        }
        for (int i = 0; i < sentences.size(); i++) {
            int[] s = sentences.get(i);
            if (i + 1 < sentences.size()) {
                int[] next = sentences.get(i + 1);
                if (words(message, s[0], next[1]) <= MAX_WORDS) {
                    out.add(message.substring(s[0], next[1]).strip());
                    if (i + 2 == sentences.size()) {
                        break; // the last pair already holds the last sentence
                    }
                    continue;
                }
            }
            chunk(message, s[0], s[1], out);
        }
        return out;
    }

    /** Sentence ranges: text up to and including . ! ? or a line break; fragments of one or two words join the next. */
    static List<int[]> sentences(String text) {
        List<int[]> out = new ArrayList<>();
        int n = text.length();
        int start = 0;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            boolean end = c == '\n' || c == '\r' || c == '\u2026'
                    || ((c == '.' || c == '!' || c == '?') && (i + 1 == n || Character.isWhitespace(text.charAt(i + 1))
                    || text.charAt(i + 1) == '"' || text.charAt(i + 1) == '\u201D' || text.charAt(i + 1) == ')'));
            i++;
            if (!end) {
                continue;
            }
            while (i < n && ".!?\"\u201D)".indexOf(text.charAt(i)) >= 0) {
                i++;
            }
            if (words(text, start, i) >= 3) {
                out.add(new int[] {start, i});
                start = i;
            }
        }
        if (start < n && words(text, start, n) > 0) {
            if (words(text, start, n) < 3 && !out.isEmpty()) {
                out.get(out.size() - 1)[1] = n;
            } else {
                out.add(new int[] {start, n});
            }
        }
        if (out.isEmpty()) {
            out.add(new int[] {0, n});
        }
        return out;
    }

    private static void chunk(String text, int start, int end, List<String> out) {
        List<Integer> starts = new ArrayList<>();
        boolean in = false;
        for (int i = start; i < end; i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !in) {
                starts.add(i);
            }
            in = !space;
        }
        if (starts.size() <= MAX_WORDS) {
            out.add(text.substring(start, end).strip());
            return;
        }
        for (int w = 0; w < starts.size(); w += CHUNK_STEP) {
            int last = Math.min(w + MAX_WORDS, starts.size());
            int chunkEnd = last == starts.size() ? end : starts.get(last);
            out.add(text.substring(starts.get(w), chunkEnd).strip());
            if (last == starts.size()) {
                break;
            }
        }
    }

    static int words(String text, int start, int end) {
        int count = 0;
        boolean in = false;
        for (int i = start; i < end; i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !in) {
                count++;
            }
            in = !space;
        }
        return count;
    }
}
