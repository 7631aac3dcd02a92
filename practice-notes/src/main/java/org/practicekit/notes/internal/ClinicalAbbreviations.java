package org.practicekit.notes.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The one dictionary of clinical abbreviations typed in capitals ("SO", "AN", "IOP", "NA"): what each names, its
 * part of speech, and the words a signed note writes it out as, read from {@code clinical-abbreviations.txt} (sources in
 * {@code NOTICE-clinical-abbreviations.txt}). The builder's refusal checks read a noun here as closing its phrase; the
 * composer and the verifier write it out through {@link Shorthand}, so either spelling traces to the other. An
 * abbreviation is matched only as typed, in capitals, as a whole word; in a field typed all in capitals nothing is
 * written out, since there "SO" may be the word "so". Stateless and thread-safe.
 */
public final class ClinicalAbbreviations {
    /** What an abbreviation is in a sentence. */
    public enum PartOfSpeech { NOUN, ADJECTIVE, ADVERB }

    /** One dictionary line: the part of speech, what it names, and its written-out words ("" to keep it as typed). */
    public record Entry(PartOfSpeech partOfSpeech, String names, String writtenOut) {
    }

    private static final String RESOURCE = "/org/practicekit/notes/internal/clinical-abbreviations.txt";
    private static final Map<String, Entry> ENTRIES = read();
    private static final int LONGEST = ENTRIES.keySet().stream().mapToInt(String::length).max().orElse(0);

    private ClinicalAbbreviations() {
    }

    /** The entry of {@code word} exactly as typed ("SO" has one, "so" and "So" none). */
    public static Optional<Entry> of(String word) {
        return word.length() < 2 || word.length() > LONGEST || !capitals(word, 0, word.length()) ? Optional.empty()
                : Optional.ofNullable(ENTRIES.get(word));
    }

    /** Whether {@code word}, as typed, is a noun of the dictionary: a condition, program, role or test closes a phrase. */
    public static boolean isNoun(String word) {
        return of(word).map(e -> e.partOfSpeech() == PartOfSpeech.NOUN).orElse(false);
    }

    /** Whether {@code word}, as typed, is an adjective or adverb of the dictionary, never a noun phrase of its own. */
    public static boolean isModifier(String word) {
        return of(word).map(e -> e.partOfSpeech() != PartOfSpeech.NOUN).orElse(false);
    }

    /** Whether {@link #writtenOut} would change {@code text}. */
    public static boolean writesOut(String text) {
        return !writtenOut(text).equals(text);
    }

    /**
     * {@code text} with every abbreviation that has written-out words replaced by them ("conflict with SO" to "conflict
     * with significant other"); the same string when there is none. "AN-restricting" (joined by a hyphen) and a
     * "SMART" already followed by "Recovery" stay as typed.
     */
    public static String writtenOut(String text) {
        if (!hasLowerCase(text) && text.strip().indexOf(' ') >= 0) {
            return text;
        }
        StringBuilder out = null;
        int copied = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int length = i - start;
            if (length < 2 || length > LONGEST || !capitals(text, start, i)
                    || start > 0 && text.charAt(start - 1) == '-' || i < n && text.charAt(i) == '-') {
                continue;
            }
            Entry e = ENTRIES.get(text.substring(start, i));
            if (e == null || e.writtenOut().isEmpty() || alreadyWritten(text, start, i, e.writtenOut())) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(n + 24);
            }
            out.append(text, copied, start).append(e.writtenOut());
            copied = i;
        }
        return out == null ? text : out.append(text, copied, n).toString();
    }

    /** "SMART Recovery" typed in full: the words after the abbreviation are already the rest of its written-out form. */
    private static boolean alreadyWritten(String text, int start, int end, String full) {
        int rest = end - start;
        return full.startsWith(text.substring(start, end)) && full.length() > rest
                && text.regionMatches(true, end, full, rest, full.length() - rest);
    }

    private static boolean capitals(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < 'A' || c > 'Z') {
                return false;
            }
        }
        return true;
    }

    private static boolean hasLowerCase(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLowerCase(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, Entry> read() {
        Map<String, Entry> map = new HashMap<>();
        try (InputStream in = Objects.requireNonNull(ClinicalAbbreviations.class.getResourceAsStream(RESOURCE),
                RESOURCE + " missing");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\\|");
                if (f.length != 5) {
                    throw new IllegalStateException("malformed line in " + RESOURCE + ": " + line);
                }
                map.put(f[0].strip(), new Entry(PartOfSpeech.valueOf(f[1].strip().toUpperCase(java.util.Locale.ROOT)),
                        f[2].strip(), f[3].strip().equals("-") ? "" : f[3].strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(map);
    }
}
