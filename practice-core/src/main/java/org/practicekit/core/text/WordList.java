package org.practicekit.core.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.zip.GZIPInputStream;

/**
 * A dictionary of one language's words, for telling ordinary words from names and from text in a
 * language PracticeKit cannot read. Lookups ignore case and accents ("Qué" is "que"), and a word
 * that the list only knows capitalized ("Chicago", "Aaron") is a proper noun, not a common word.
 *
 * <p>The English list is SCOWL (American, about 75,000 entries); the Spanish list is Debian's
 * public-domain wspanish (about 86,000). Both are loaded on first use (a few hundred milliseconds)
 * and held as 64-bit fingerprints, about 2 MB each. Immutable and thread-safe.
 */
public final class WordList {
    private static final long EMPTY = 0L;

    private final String language;
    private final long[] common;
    private final long[] proper;

    private WordList(String language, long[] common, long[] proper) {
        this.language = language;
        this.common = common;
        this.proper = proper;
    }

    /** The bundled American English list. */
    public static WordList english() {
        return English.LIST;
    }

    /** The bundled Spanish list. */
    public static WordList spanish() {
        return Spanish.LIST;
    }

    /** The language's name ("English"). */
    public String language() {
        return language;
    }

    /** True when {@code word} is a word of the language written in lower case: not only a name. */
    public boolean isCommonWord(CharSequence word) {
        Objects.requireNonNull(word, "word == null");
        return contains(common, fingerprint(word, 0, word.length()));
    }

    /** True when the list knows {@code word} only capitalized: a name of a person, place or thing. */
    public boolean isProperNoun(CharSequence word) {
        Objects.requireNonNull(word, "word == null");
        long f = fingerprint(word, 0, word.length());
        return !contains(common, f) && contains(proper, f);
    }

    /** True when the list knows {@code word} in any case. */
    public boolean contains(CharSequence word) {
        Objects.requireNonNull(word, "word == null");
        long f = fingerprint(word, 0, word.length());
        return contains(common, f) || contains(proper, f);
    }

    /** {@link #contains} for {@code text.subSequence(start, end)}, without copying it. */
    public boolean contains(CharSequence text, int start, int end) {
        Objects.checkFromToIndex(start, end, text.length());
        long f = fingerprint(text, start, end);
        return contains(common, f) || contains(proper, f);
    }

    /** {@link #isCommonWord} for {@code text.subSequence(start, end)}, without copying it. */
    public boolean isCommonWord(CharSequence text, int start, int end) {
        Objects.checkFromToIndex(start, end, text.length());
        return contains(common, fingerprint(text, start, end));
    }

    /** FNV-1a over the folded chars (lower case, accents removed); never {@link #EMPTY}. */
    static long fingerprint(CharSequence s, int start, int end) {
        long h = 0xcbf29ce484222325L;
        for (int i = start; i < end; i++) {
            char c = fold(s.charAt(i));
            if (c == 0) {
                continue;
            }
            h ^= c;
            h *= 0x100000001b3L;
        }
        return h == EMPTY ? 1 : h;
    }

    private static final char[] FOLD = foldTable();

    /**
     * The form a word list compares a character in: lower case, Latin letters without their accents
     * ("É" is "e"), combining accents dropped (as 0), other characters lower-cased.
     */
    public static char fold(char c) {
        if (c < FOLD.length) {
            return FOLD[c];
        }
        if (c == '\u2019') {
            return '\'';
        }
        return Character.toLowerCase(c);
    }

    private static char[] foldTable() {
        char[] t = new char[0x250];
        for (char c = 0; c < t.length; c++) {
            char lower = Character.toLowerCase(c);
            if (c < 0x80) {
                t[c] = lower;
                continue;
            }
            String d = Normalizer.normalize(String.valueOf(lower), Normalizer.Form.NFD);
            // A combining mark alone folds to nothing.
            t[c] = d.isEmpty() ? 0 : d.charAt(0) < 0x80 && d.length() > 1 ? d.charAt(0) : lower;
        }
        for (char c = 0x300; c < 0x370 && c < t.length; c++) {
            t[c] = 0;
        }
        return t;
    }

    private static boolean contains(long[] table, long f) {
        int mask = table.length - 1;
        int i = (int) (f ^ (f >>> 32)) & mask;
        while (true) {
            long v = table[i];
            if (v == f) {
                return true;
            }
            if (v == EMPTY) {
                return false;
            }
            i = (i + 1) & mask;
        }
    }

    private static void add(long[] table, long f) {
        int mask = table.length - 1;
        int i = (int) (f ^ (f >>> 32)) & mask;
        while (table[i] != EMPTY && table[i] != f) {
            i = (i + 1) & mask;
        }
        table[i] = f;
    }

    private static WordList load(String language, String resource, int expected) {
        int size = Integer.highestOneBit(expected * 2) << 1;
        long[] common = new long[size];
        long[] proper = new long[size];
        try (InputStream raw = WordList.class.getResourceAsStream(resource)) {
            if (raw == null) {
                throw new IllegalStateException("missing bundled word list " + resource);
            }
            try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (line.isEmpty() || line.startsWith("#")) {
                        continue;
                    }
                    long f = fingerprint(line, 0, line.length());
                    boolean capitalized = Character.isUpperCase(line.charAt(0));
                    add(capitalized ? proper : common, f);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read bundled word list " + resource, e);
        }
        return new WordList(language, common, proper);
    }

    @Override
    public String toString() {
        return "WordList[" + language.toLowerCase(Locale.ROOT) + "]";
    }

    /** Loaded on first use of {@link #english()}. */
    private static final class English {
        static final WordList LIST = load("English", "english-words.txt.gz", 75_000);
    }

    /** Loaded on first use of {@link #spanish()}. */
    private static final class Spanish {
        static final WordList LIST = load("Spanish", "spanish-words.txt.gz", 86_000);
    }
}
