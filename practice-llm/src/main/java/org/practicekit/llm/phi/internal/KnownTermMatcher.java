package org.practicekit.llm.phi.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.practicekit.llm.phi.PhiSpan;

/**
 * Exact matching of a client's known identifiers. Text terms are matched case-insensitively as whole
 * words with any run of whitespace between words, in one pass of one alternation; "compact" terms
 * (phones, record numbers) are matched on letters and digits only, so separators do not matter.
 */
public final class KnownTermMatcher {
    /** Marks a term to be matched ignoring separators. */
    public static final String COMPACT_PREFIX = "\u0000compact:";

    /** Given names that are also everyday words: matched only when capitalized in the text. */
    private static final Set<String> EVERYDAY_WORDS = WordSet.of("will", "grace", "hope", "joy", "may", "rose", "bill",
            "mark", "art", "faith", "dawn", "summer", "sunny", "chase", "drew", "pat", "sue", "guy", "ray", "rich",
            "frank", "max", "victor", "april", "june", "august", "autumn", "jean", "page", "gay", "miles", "young",
            "king", "white", "black", "brown", "green", "long", "hill", "wood", "price", "bell", "cook", "hunt",
            "lane", "park", "rice", "ward", "west", "stone", "rivers", "banks", "fields", "day", "love", "lee",
            "major", "early", "storm", "river", "sky", "star", "angel", "honey", "amber", "ruby", "pearl", "ivy",
            "lily", "daisy", "holly", "iris", "violet", "jade", "crystal", "destiny", "harmony", "melody", "unique",
            "precious", "an", "le", "la", "de", "van", "von", "di", "do", "so", "he", "ma", "al", "ed", "jo", "ty");

    private final Map<String, List<String[]>> termsByFirstWord; // lowercase first word -> {words of a term..., type}
    private final Map<String, String> textTypes;
    private final List<String[]> compactTerms; // {compact lowercase term, type}
    private final Set<Character> firstChars;
    /** First letters below 128 that start a term: a bit test instead of a boxed set lookup for most words. */
    private final boolean[] asciiFirst = new boolean[128];
    /** Lengths of the terms' first words: an ASCII word of another length is no term's first word. */
    private final java.util.BitSet firstWordLengths = new java.util.BitSet();

    private KnownTermMatcher(Map<String, List<String[]>> termsByFirstWord, Map<String, String> textTypes,
            List<String[]> compactTerms) {
        this.termsByFirstWord = termsByFirstWord;
        this.textTypes = textTypes;
        this.compactTerms = compactTerms;
        this.firstChars = termsByFirstWord.keySet().stream().map(w -> w.charAt(0)).collect(Collectors.toSet());
        for (String w : termsByFirstWord.keySet()) {
            if (w.charAt(0) < 128) {
                asciiFirst[w.charAt(0)] = true;
            }
            firstWordLengths.set(w.length());
        }
    }

    /** A matcher for {@code terms} (term to category); compact terms carry {@link #COMPACT_PREFIX}. */
    public static KnownTermMatcher of(Map<String, String> terms) {
        Map<String, String> textTypes = new HashMap<>();
        List<String[]> compact = new ArrayList<>();
        for (Map.Entry<String, String> e : terms.entrySet()) {
            if (e.getKey().startsWith(COMPACT_PREFIX)) {
                String c = compact(e.getKey().substring(COMPACT_PREFIX.length()));
                if (!c.isEmpty()) {
                    compact.add(new String[] {c, e.getValue()});
                }
            } else {
                textTypes.putIfAbsent(normalize(e.getKey()), e.getValue());
            }
        }
        // Terms are looked up by their first word, longest term first, so one pass over the words finds them all.
        Map<String, List<String[]>> byFirst = new HashMap<>();
        textTypes.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .forEach(term -> {
                    String[] words = term.split(" ");
                    String[] entry = java.util.Arrays.copyOf(words, words.length + 1);
                    entry[words.length] = textTypes.get(term);
                    byFirst.computeIfAbsent(words[0], k -> new ArrayList<>()).add(entry);
                });
        compact.sort(Comparator.comparingInt((String[] t) -> t[0].length()).reversed());
        return new KnownTermMatcher(byFirst, Map.copyOf(textTypes), List.copyOf(compact));
    }

    /** True for given names that are also everyday words ("Will", "Hope"): risky as case-insensitive deny-list terms. */
    public static boolean isEverydayWord(String term) {
        return EVERYDAY_WORDS.contains(term.toLowerCase(Locale.ROOT));
    }

    /** Every occurrence, ordered by start. */
    public List<PhiSpan> find(String text) {
        List<PhiSpan> out = new ArrayList<>();
        if (!termsByFirstWord.isEmpty()) {
            findText(text, out);
        }
        if (!compactTerms.isEmpty()) {
            findCompact(text, out);
        }
        out.sort(Comparator.comparingInt(PhiSpan::start).thenComparing(Comparator.comparingInt(PhiSpan::end).reversed()));
        return out;
    }

    /**
     * The text terms whose first word starts in {@code [from, to)} (a term may run past {@code to}), ordered by
     * start: a look around one span, at a cost that does not grow with the text.
     */
    public List<PhiSpan> findStartingIn(String text, int from, int to) {
        List<PhiSpan> out = new ArrayList<>();
        if (!termsByFirstWord.isEmpty()) {
            findText(text, Math.max(0, from), Math.min(text.length(), to), out);
        }
        return out;
    }

    /** Whole words, ignoring case, any whitespace between the words of a term. */
    private void findText(String text, List<PhiSpan> out) {
        findText(text, 0, text.length(), out);
    }

    private void findText(String text, int from, int to, List<PhiSpan> out) {
        int n = text.length();
        int i = from;
        while (i < to) {
            if (!isWordChar(text.charAt(i)) || i > 0 && isWordChar(text.charAt(i - 1))) {
                i++;
                continue;
            }
            int end = i;
            while (end < n && isWordChar(text.charAt(end))) {
                end++;
            }
            char c0 = Character.toLowerCase(text.charAt(i));
            if (c0 < 128 ? !asciiFirst[c0] : !firstChars.contains(c0)) {
                i = end; // no known term starts with this letter: most words leave here
                continue;
            }
            // a term's first word may hold inner punctuation ("o'brien", "keisha.brown85@gmail.com"): try each candidate end
            int matchedEnd = -1;
            for (int e = end, tries = 0; e <= n && tries < 6; tries++) {
                matchedEnd = Math.max(matchedEnd, matchAt(text, i, e, out));
                if (e < n && text.charAt(e) == '.') {
                    matchedEnd = Math.max(matchedEnd, matchAt(text, i, e + 1, out)); // "Dr. Phil", "St. Louis Blues"
                }
                // extend over one inner punctuation mark and the next run of word chars
                if (e + 1 < n && !Character.isWhitespace(text.charAt(e)) && isWordChar(text.charAt(e + 1))) {
                    e++;
                    while (e < n && isWordChar(text.charAt(e))) {
                        e++;
                    }
                } else {
                    break;
                }
            }
            i = matchedEnd > 0 ? matchedEnd : end;
        }
    }

    /** The end of the longest term whose first word is {@code text[i, e)}, added to {@code out}; -1 when none. */
    private int matchAt(String text, int i, int e, List<PhiSpan> out) {
        List<String[]> candidates = mayBeFirstWord(text, i, e)
                ? termsByFirstWord.get(text.substring(i, e).toLowerCase(Locale.ROOT)) : null;
        if (candidates == null) {
            return -1;
        }
        int n = text.length();
        for (String[] term : candidates) {
            int m = matchRest(text, e, term);
            if (m > 0 && (m == n || !isWordChar(text.charAt(m)))) {
                boolean everyday = term.length == 2 && EVERYDAY_WORDS.contains(term[0]);
                if (!everyday || Character.isUpperCase(text.charAt(i))) {
                    out.add(new PhiSpan(i, m, term[term.length - 1], 1.0));
                    return m;
                }
                return -1;
            }
        }
        return -1;
    }

    /** False when {@code text[start, end)} cannot be a term's first word; lower-casing keeps an ASCII word's length. */
    private boolean mayBeFirstWord(String text, int start, int end) {
        if (firstWordLengths.get(end - start)) {
            return true;
        }
        for (int k = start; k < end; k++) {
            if (text.charAt(k) >= 128) {
                return true;
            }
        }
        return false;
    }

    /** After a term's first word ends at {@code at}: the end of the whole term in {@code text}, or -1. */
    private static int matchRest(String text, int at, String[] term) {
        int k = at;
        for (int w = 1; w < term.length - 1; w++) {
            int s = k;
            while (k < text.length() && Character.isWhitespace(text.charAt(k))) {
                k++;
            }
            if (k == s || !text.regionMatches(true, k, term[w], 0, term[w].length())) {
                return -1;
            }
            k += term[w].length();
        }
        return k;
    }

    private static boolean isWordChar(char c) {
        return c < 128 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' : Character.isLetterOrDigit(c);
    }

    /**
     * Each compact term wherever the text's letters and digits spell it with any separators between them,
     * starting and ending at a word's edge; read straight from the text, without a compacted copy.
     */
    private void findCompact(String text, List<PhiSpan> out) {
        int n = text.length();
        for (String[] term : compactTerms) {
            String t = term[0];
            char first = t.charAt(0);
            for (int i = 0; i < n; i++) {
                char c = text.charAt(i);
                if (!isWordChar(c) || folded(c) != first || i > 0 && isWordChar(text.charAt(i - 1))) {
                    continue;
                }
                int k = i + 1;
                int last = i;
                int matched = 1;
                while (matched < t.length() && k < n) {
                    char d = text.charAt(k);
                    if (isWordChar(d)) {
                        if (folded(d) != t.charAt(matched)) {
                            break;
                        }
                        matched++;
                        last = k;
                    }
                    k++;
                }
                if (matched == t.length() && (last + 1 == n || !isWordChar(text.charAt(last + 1)))) {
                    out.add(new PhiSpan(i, last + 1, term[1], 1.0));
                }
            }
        }
    }

    private static char folded(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c < 128 ? c : Character.toLowerCase(c);
    }

    private static String normalize(String s) {
        return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String compact(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString();
    }
}
