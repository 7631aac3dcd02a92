package org.practicekit.llm.phi.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.practicekit.core.text.WordList;

/**
 * An experiment of issue 13, round 15, kept in the test tree because it lost (docs/phi-detection.md, "Issue 13: names
 * and organizations nobody cued (round 15)"): a trained reading of whether a word stands in a person's or an
 * organization's slot, meant for the words the residual check lets through. Logistic regression over the word's own
 * evidence (capital, sentence start, the bundled lists' flags, common word, given name; not the word itself, which the
 * generated training names would teach by heart) and its neighbours (two tokens on each side, punctuation included,
 * so "with X", "X said", "X, her cousin," and "Hey X," are read; their flags and endings; a possessive "'s").
 * {@code NameSlotTraining} trains it on the training files and the in-sample corpus only and reports what it would add.
 */
public final class NameSlotReader {
    /** Hashed feature buckets. */
    public static final int BUCKETS = 1 << 18;
    /** Words the rules have judged already: clinical terms, eponyms, public names, states, months, weekdays, teams. */
    private static final long JUDGED = Lexicon.VOCABULARY | Lexicon.TEAM | Lexicon.HOLIDAY | Lexicon.CITATION;

    private final WordTable lex;
    private final WordList english;
    private final PersonSlots slots;
    private final float[] weights;

    /** The given weights (shared, not copied). */
    NameSlotReader(WordTable lex, WordList english, PersonSlots slots, float[] weights) {
        this.lex = lex;
        this.english = english;
        this.slots = slots;
        this.weights = weights;
    }

    /** A reader with the given weights, for training and measuring ({@code NameSlotTraining}). */
    public static NameSlotReader withWeights(float[] weights) {
        WordTable lex = Lexicon.table();
        WordList english = new EnglishWords().list();
        return new NameSlotReader(lex, english, new PersonSlots(lex, english), weights);
    }

    /** Which words the reader is asked about (the three variants measured in round 15). */
    public enum Candidates {
        /** Capitalized words and lowercase words no dictionary knows. */
        ALL,
        /** Capitalized words the rules have not judged (no clinical term, eponym, public name, month, team...). */
        UNJUDGED,
        /** Of those, the ones a bundled list allows as a given name. */
        GIVEN_NAMES
    }

    /** Whether the word at {@code text[s, e)} is one the reader is asked about; training and measuring agree. */
    public boolean candidate(String text, int s, int e, Candidates which) {
        if (e - s < 2 || !Character.isLetter(text.charAt(s))) {
            return false;
        }
        for (int i = s; i < e; i++) {
            if (Character.isDigit(text.charAt(i))) {
                return false; // codes and dates are the shape rules'
            }
        }
        String w = text.substring(s, e).toLowerCase(Locale.ROOT);
        long f = lex.get(w, 0, w.length());
        boolean upper = Character.isUpperCase(text.charAt(s));
        return switch (which) {
            case ALL -> upper || !english.contains(w) && w.chars().allMatch(Character::isLetter);
            case UNJUDGED -> upper && (f & JUDGED) == 0;
            case GIVEN_NAMES -> upper && (f & JUDGED) == 0 && slots.givenName(w, f);
        };
    }

    public double probability(String text, int s, int e) {
        double[] z = {0};
        features(text, s, e, h -> z[0] += weights[h]);
        return 1 / (1 + Math.exp(-z[0]));
    }

    /** The hashed features of the word at {@code text[s, e)}, each given to {@code sink} as a bucket. */
    public void features(String text, int s, int e, java.util.function.IntConsumer sink) {
        List<int[]> before = tokensBefore(text, s, 2);
        List<int[]> after = tokensAfter(text, e, 2);
        String w = text.substring(s, e);
        String lower = w.toLowerCase(Locale.ROOT);
        long f = lex.get(lower, 0, lower.length());
        String shape = shape(w);
        boolean start = before.isEmpty() || isSentenceEnd(text, before.get(0));
        Consumer<String> add = x -> sink.accept(bucket(x));
        add.accept("bias");
        // not the word itself: the generated training names would be learned by heart, and the slot is the point
        add.accept("shape=" + shape + (start ? "|start" : ""));
        if (english.isCommonWord(lower)) {
            add.accept("common|" + shape + (start ? "|start" : ""));
        }
        if (english.isProperNoun(w)) {
            add.accept("proper");
        }
        if (slots.givenName(lower, f)) {
            add.accept("given|" + shape);
        }
        flags(f, "f", add);
        for (int i = 0; i < 2; i++) {
            String side = "p" + (i + 1);
            if (i < before.size()) {
                token(text, before.get(i), side, shape, i == 0, add);
            } else {
                add.accept(side + "=<s>");
            }
            side = "n" + (i + 1);
            if (i < after.size()) {
                token(text, after.get(i), side, shape, i == 0, add);
            } else {
                add.accept(side + "=</s>");
            }
        }
        if (!before.isEmpty() && !after.isEmpty()) {
            add.accept("p1n1=" + norm(text, before.get(0)) + "_" + norm(text, after.get(0)));
        }
    }

    private void token(String text, int[] t, String side, String shape, boolean near, Consumer<String> add) {
        String n = norm(text, t);
        add.accept(side + "=" + n);
        if (near) {
            add.accept(side + "=" + n + "|" + shape);
            String tw = text.substring(t[0], t[1]);
            if (Character.isLetter(tw.charAt(0))) {
                add.accept(side + "shape=" + shape(tw));
                String tl = tw.toLowerCase(Locale.ROOT);
                add.accept(side + "suf=" + (tl.length() > 2 ? tl.substring(tl.length() - 2) : tl));
                flags(lex.get(tl, 0, tl.length()), side + "f", add);
                if (english.isCommonWord(tl)) {
                    add.accept(side + "common");
                }
            }
        }
    }

    private static void flags(long f, String prefix, Consumer<String> add) {
        for (int bit = 0; bit < 64; bit++) {
            if ((f & (1L << bit)) != 0) {
                add.accept(prefix + bit);
            }
        }
    }

    private static String norm(String text, int[] t) {
        String s = text.substring(t[0], t[1]).toLowerCase(Locale.ROOT);
        return s.chars().anyMatch(Character::isDigit) ? "<num>" : s;
    }

    static String shape(String w) {
        boolean first = Character.isUpperCase(w.charAt(0));
        boolean allUpper = w.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
        if (first && allUpper) {
            return w.length() <= 2 ? "I" : "AA";
        }
        return first ? "Aa" : "a";
    }

    private static boolean isSentenceEnd(String text, int[] t) {
        char c = text.charAt(t[0]);
        return t[1] - t[0] == 1 && (c == '.' || c == '!' || c == '?' || c == ':' || c == '\n');
    }

    static int bucket(String feature) {
        int h = feature.hashCode() * 0x9E3779B1;
        return (h ^ (h >>> 15)) & (BUCKETS - 1);
    }

    /** Up to {@code count} tokens before {@code s}, nearest first: words (letters, digits, inner ' and -) or a mark. */
    static List<int[]> tokensBefore(String text, int s, int count) {
        List<int[]> out = new ArrayList<>(count);
        int i = s;
        while (out.size() < count) {
            while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
                i--;
            }
            if (i == 0) {
                break;
            }
            int end = i;
            if (wordChar(text.charAt(i - 1))) {
                while (i > 0 && (wordChar(text.charAt(i - 1)) || inner(text, i - 1))) {
                    i--;
                }
            } else {
                i--;
            }
            out.add(new int[] {i, end});
        }
        return out;
    }

    /** Up to {@code count} tokens from {@code e}, nearest first; a possessive "'s" right after is its own token. */
    static List<int[]> tokensAfter(String text, int e, int count) {
        List<int[]> out = new ArrayList<>(count);
        int i = e;
        int n = text.length();
        while (out.size() < count) {
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int start = i;
            if (wordChar(text.charAt(i))) {
                while (i < n && (wordChar(text.charAt(i)) || inner(text, i))) {
                    i++;
                }
            } else if ((text.charAt(i) == '\'' || text.charAt(i) == '’') && i + 1 < n
                    && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')) {
                i += 2;
            } else {
                i++;
            }
            out.add(new int[] {start, i});
        }
        return out;
    }

    /** Word tokens of {@code text} as the training reads them ({@code [start, end)} pairs). */
    public static List<int[]> words(String text) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (!wordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && (wordChar(text.charAt(i)) || inner(text, i))) {
                i++;
            }
            out.add(new int[] {start, i});
        }
        return out;
    }

    private static boolean wordChar(char c) {
        return Character.isLetterOrDigit(c);
    }

    /** An apostrophe or hyphen between letters, but not a possessive "'s" at the word's end. */
    private static boolean inner(String text, int i) {
        char c = text.charAt(i);
        if (c != '-' && c != '\'' && c != '’' || i == 0 || i + 1 >= text.length()) {
            return false;
        }
        if (!Character.isLetter(text.charAt(i - 1)) || !Character.isLetter(text.charAt(i + 1))) {
            return false;
        }
        boolean possessive = c != '-' && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
                && (i + 2 >= text.length() || !Character.isLetter(text.charAt(i + 2)));
        return !possessive;
    }
}
