package org.practicekit.core.messaging.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The word classes of {@code risk-lexicon.txt}: for each term (one to four canonical words) the
 * classes it belongs to, looked up by the FNV-1a fingerprint of the term's text. At most 64 classes.
 * Immutable and thread-safe.
 */
final class RiskLexicon {
    static final int MAX_TERM_WORDS = 4;

    static final RiskLexicon BUNDLED;
    /** The class names, in the order of their first line in the file. */
    static final List<String> CLASSES;
    static final long[] CLASS_HASH;
    static final long[] NEGATED_HASH;
    static final long[][] PAIR_HASH;
    /** The classes that say who a message is about (SELF, THIRD). */
    static final long PERSON_CLASSES;

    private static final long[] NEGATIONS = {
        LexicalRiskModel.hash("not"), LexicalRiskModel.hash("never"), LexicalRiskModel.hash("no"),
        LexicalRiskModel.hash("without"), LexicalRiskModel.hash("nunca"), LexicalRiskModel.hash("ni"),
        LexicalRiskModel.hash("tampoco"), LexicalRiskModel.hash("nor"),
    };

    static {
        List<String> classes = new ArrayList<>();
        List<long[]> terms = new ArrayList<>();
        java.util.Set<Long> prefixes = new java.util.HashSet<>();
        try (InputStream in = RiskLexicon.class.getResourceAsStream("risk-lexicon.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing bundled resource risk-lexicon.txt");
            }
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    int tab = line.indexOf('\t');
                    String name = line.substring(0, tab);
                    String term = line.substring(tab + 1).strip();
                    int c = classes.indexOf(name);
                    if (c < 0) {
                        c = classes.size();
                        classes.add(name);
                    }
                    if (term.split(" ").length > MAX_TERM_WORDS) {
                        throw new IllegalStateException("lexicon term longer than " + MAX_TERM_WORDS + " words: " + term);
                    }
                    terms.add(new long[] {LexicalRiskModel.termHash(term), 1L << c});
                    // Every proper prefix of a multi-word term, so a lookup stops as soon as no term can follow.
                    String[] words = term.split(" ");
                    for (int k = 1; k < words.length; k++) {
                        prefixes.add(LexicalRiskModel.termHash(String.join(" ", java.util.Arrays.copyOf(words, k))));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (classes.size() > 63) {
            throw new IllegalStateException("more than 63 lexicon classes");
        }
        CLASSES = List.copyOf(classes);
        CLASS_HASH = new long[classes.size()];
        NEGATED_HASH = new long[classes.size()];
        PAIR_HASH = new long[classes.size()][classes.size()];
        for (int c = 0; c < classes.size(); c++) {
            CLASS_HASH[c] = LexicalRiskModel.hash("c:" + classes.get(c));
            NEGATED_HASH[c] = LexicalRiskModel.hash("n:" + classes.get(c));
            for (int d = c + 1; d < classes.size(); d++) {
                PAIR_HASH[c][d] = LexicalRiskModel.hash("p:" + classes.get(c) + "+" + classes.get(d));
            }
        }
        long persons = 0;
        for (String person : List.of("SELF", "THIRD")) {
            int c = classes.indexOf(person);
            if (c >= 0) {
                persons |= 1L << c;
            }
        }
        PERSON_CLASSES = persons;
        RiskLexicon lexicon = new RiskLexicon(terms.size() * 4);
        for (long[] t : terms) {
            lexicon.put(t[0], t[1]);
        }
        for (long prefix : prefixes) {
            lexicon.put(prefix, 0);
            lexicon.prefix(prefix);
        }
        BUNDLED = lexicon;
    }

    private final long[] keys;
    private final long[] classBits;
    /** Slots whose key begins at least one longer term. */
    private final boolean[] prefix;

    private RiskLexicon(int capacity) {
        int size = Integer.highestOneBit(Math.max(capacity, 16)) << 1;
        keys = new long[size];
        classBits = new long[size];
        prefix = new boolean[size];
    }

    private void put(long key, long bits) {
        int mask = keys.length - 1;
        int i = (int) (key ^ (key >>> 29)) & mask;
        while (keys[i] != 0 && keys[i] != key) {
            i = (i + 1) & mask;
        }
        keys[i] = key;
        classBits[i] |= bits;
    }

    private void prefix(long key) {
        prefix[slot(key)] = true;
    }

    private int slot(long key) {
        int mask = keys.length - 1;
        int i = (int) (key ^ (key >>> 29)) & mask;
        while (keys[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    /**
     * The classes of the term with this fingerprint in the low 63 bits, and in the sign bit whether
     * longer terms start with it; 0 when it is neither a term nor the start of one.
     */
    long lookup(long termHash) {
        int mask = keys.length - 1;
        int i = (int) (termHash ^ (termHash >>> 29)) & mask;
        while (true) {
            long k = keys[i];
            if (k == termHash) {
                return classBits[i] | (prefix[i] ? Long.MIN_VALUE : 0);
            }
            if (k == 0) {
                return 0;
            }
            i = (i + 1) & mask;
        }
    }

    /** True when the token with this {@link LexicalRiskModel#tokenHash} is a negation word. */
    static boolean isNegation(long h) {
        for (long n : NEGATIONS) {
            if (n == h) {
                return true;
            }
        }
        return false;
    }
}
