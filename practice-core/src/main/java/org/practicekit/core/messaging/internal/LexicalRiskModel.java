package org.practicekit.core.messaging.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.practicekit.core.messaging.MessageWindows;

/**
 * A logistic-regression model over the words of a message, word pairs, the word classes of
 * {@code risk-lexicon.txt} (a medication, a weapon, a farewell, finality, a relative...), negated
 * classes and pairs of classes found together, trained on the project's crisis corpus
 * ({@code corpora/crisis/train-*.tsv}) and shipped as {@code risk-lexical-model.txt}. It reads a
 * message window by window ({@link MessageWindows}), so a risk sentence buried in a long post is
 * scored on its own, in time linear in the length of the message.
 *
 * <p>Features are 64-bit FNV-1a fingerprints of their names ("w:pills", "b:took all", "c:MEDS",
 * "n:SUICIDE", "p:FINAL+MEDS"), so scoring allocates almost nothing. Immutable and thread-safe.
 */
public final class LexicalRiskModel {
    /** The model bundled with PracticeKit, loaded on first use. */
    public static LexicalRiskModel bundled() {
        return Bundled.MODEL;
    }

    private static final class Bundled {
        static final LexicalRiskModel MODEL = load("risk-lexical-model.txt");
    }

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;

    private static final WordSet STOPWORDS = new WordSet(List.of("i", "me", "my", "a", "an", "the", "to",
            "and", "or", "of", "in", "on", "at", "for", "is", "am", "are", "was", "be", "it", "this", "that", "do",
            "have", "has", "had", "you", "your", "we", "so", "just", "can", "with", "if", "but", "what", "about",
            "would", "will", "get", "got", "im", "yo", "el", "la", "de", "que", "y", "en", "un", "una", "lo", "es",
            "mi", "me", "por", "con", "para", "se"));
    private static final long FNV_PRIME = 0x100000001b3L;

    private final Map<String, Double> settings;
    private final double bias;
    private final LongFloatTable weights;

    LexicalRiskModel(Map<String, Double> settings, double bias, LongFloatTable weights) {
        this.settings = settings;
        this.bias = bias;
        this.weights = weights;
    }

    /** A setting stored with the weights (thresholds chosen on the dev set), or {@code fallback}. */
    public double setting(String name, double fallback) {
        return settings.getOrDefault(name, fallback);
    }

    /** The highest window score of a message, with the window it came from. */
    public Score score(String message) {
        return score(MessageText.canonical(message));
    }

    /**
     * The highest window score of a canonical text: the whole text when it is one sentence of at most
     * {@link MessageWindows#MAX_WORDS} words, otherwise each pair of neighbouring sentences and each
     * over-long sentence in overlapping chunks, as {@link MessageWindows} splits raw text.
     */
    public Score score(MessageText.Canonical text) {
        String s = text.text();
        Score best = null;
        for (int[] w : windows(text)) {
            double z = bias + sum(features(s, w[0], w[1], null));
            if (best == null || z > best.logit) {
                best = new Score(z, s.substring(w[0], w[1]).replace(" |", "").strip());
            }
        }
        return best;
    }

    private double sum(long[] features) {
        double z = 0;
        for (long f : features) {
            z += weights.get(f);
        }
        return z;
    }

    /** The logit of a text with no features: the base rate the training data implies. */
    public double bias() {
        return bias;
    }

    /** The logit of one canonical text scored as a single window. */
    public double logit(String canonical) {
        return bias + sum(features(canonical, 0, canonical.length(), null));
    }

    /** The highest window probability of a raw message. */
    public double probability(String message) {
        return score(message).probability();
    }

    /** Window ranges of a canonical text (see {@link #score(MessageText.Canonical)}). */
    public static List<int[]> windows(MessageText.Canonical text) {
        String s = text.text();
        List<int[]> out = new ArrayList<>();
        if (tokens(s, 0, s.length()) <= MessageWindows.MAX_WORDS && text.sentences() <= 2) {
            out.add(new int[] {0, s.length()});
            return out;
        }
        // Sentences as MessageWindows reads them: fragments of one or two words join the next.
        List<int[]> sentences = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.sentences(); i++) {
            int end = text.sentenceEnd(i);
            if (tokens(s, start, end) >= 3 || i + 1 == text.sentences()) {
                if (tokens(s, start, end) < 3 && !sentences.isEmpty()) {
                    sentences.get(sentences.size() - 1)[1] = end;
                } else {
                    sentences.add(new int[] {start, end});
                }
                start = i + 1 < text.sentences() ? text.sentenceStart(i + 1) : end;
            }
        }
        if (sentences.size() <= 2 && tokens(s, 0, s.length()) <= MessageWindows.MAX_WORDS) {
            out.add(new int[] {0, s.length()});
            return out;
        }
        for (int i = 0; i < sentences.size(); i++) {
            int[] sentence = sentences.get(i);
            if (i + 1 < sentences.size() && tokens(s, sentence[0], sentences.get(i + 1)[1]) <= MessageWindows.MAX_WORDS) {
                out.add(new int[] {sentence[0], sentences.get(i + 1)[1]});
                if (i + 2 == sentences.size()) {
                    break;
                }
                continue;
            }
            chunk(s, sentence[0], sentence[1], out);
        }
        return out;
    }

    private static void chunk(String s, int start, int end, List<int[]> out) {
        int[] starts = tokenStarts(s, start, end);
        if (starts.length <= MessageWindows.MAX_WORDS) {
            out.add(new int[] {start, end});
            return;
        }
        for (int t = 0; t < starts.length; t += MessageWindows.CHUNK_STEP) {
            int last = Math.min(t + MessageWindows.MAX_WORDS, starts.length);
            out.add(new int[] {starts[t], last == starts.length ? end : starts[last] - 1});
            if (last == starts.length) {
                break;
            }
        }
    }

    private static int tokens(String s, int start, int end) {
        int count = 0;
        boolean in = false;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            boolean space = c == ' ';
            if (!space && !in && c != '|') {
                count++;
            }
            in = !space;
        }
        return count;
    }

    /** A window's score: the logit and the window's text. */
    public static final class Score {
        final double logit;
        final String window;

        Score(double logit, String window) {
            this.logit = logit;
            this.window = window;
        }

        /** The window's logit. */
        public double logit() {
            return logit;
        }

        /** The model's probability that the window needs a person. */
        public double probability() {
            return 1 / (1 + Math.exp(-logit));
        }

        /** The window's text, as the client wrote it. */
        public String window() {
            return window;
        }
    }

    private static int[] tokenStarts(String s, int start, int end) {
        int[] out = new int[16];
        int n = 0;
        boolean in = false;
        for (int i = start; i < end; i++) {
            boolean space = s.charAt(i) == ' ';
            if (!space && !in) {
                if (n == out.length) {
                    out = Arrays.copyOf(out, n * 2);
                }
                out[n++] = i;
            }
            in = !space;
        }
        return Arrays.copyOf(out, n);
    }

    /** Names features while they are fingerprinted (training only). */
    public interface Namer {
        /** Called with each feature's fingerprint and a way to spell its name. */
        void name(long fingerprint, String name);
    }

    /**
     * The distinct feature fingerprints of {@code text[start, end)}, each once. With a {@code namer}
     * (training), every feature's name is reported too. Each token's characters are hashed once; word,
     * pair and lexicon-term fingerprints are mixed from the token hashes.
     */
    public static long[] features(String text, int start, int end, Namer namer) {
        RiskLexicon lexicon = RiskLexicon.BUNDLED;
        int[] ts = tokenStarts(text, start, end);
        int n = ts.length;
        long[] th = new long[n];
        boolean[] boundary = new boolean[n];
        boolean[] negation = new boolean[n];
        int[] te = new int[n];
        for (int i = 0; i < n; i++) {
            int e = text.indexOf(' ', ts[i]);
            te[i] = e < 0 || e > end ? end : e;
            boundary[i] = te[i] - ts[i] == 1 && text.charAt(ts[i]) == '|';
            th[i] = tokenHash(text, ts[i], te[i]);
            negation[i] = !boundary[i] && RiskLexicon.isNegation(th[i]);
        }
        LongSet out = new LongSet(n * 4 + 16);
        out.add(BIAS);
        long classes = 0L;
        long negated = 0L;
        for (int i = 0; i < n; i++) {
            if (boundary[i]) {
                continue;
            }
            // Function words carry the corpus's style, not risk: they count only inside word pairs.
            if (!STOPWORDS.contains(th[i])) {
                long w = word(th[i]);
                out.add(w);
                if (namer != null) {
                    namer.name(w, "w:" + text.substring(ts[i], te[i]));
                }
            }
            if (i + 1 < n && !boundary[i + 1]) {
                long b = pair(th[i], th[i + 1]);
                out.add(b);
                if (namer != null) {
                    namer.name(b, "b:" + text.substring(ts[i], te[i + 1]));
                }
            }
            // Lexicon terms of one to four words starting here, within the clause.
            long term = 0;
            for (int k = i; k < n && k < i + RiskLexicon.MAX_TERM_WORDS; k++) {
                if (boundary[k]) {
                    break;
                }
                term = k == i ? th[k] : extendTerm(term, th[k]);
                long found = lexicon.lookup(term);
                long hit = found & Long.MAX_VALUE;
                if (hit != 0) {
                    if (!negation[i] && negatedAt(boundary, negation, i)) {
                        negated |= hit;
                    } else {
                        classes |= hit;
                    }
                }
                if (found >= 0) {
                    break; // no longer term starts with these words
                }
            }
        }
        // A class both negated and not, in one window, counts as present.
        negated &= ~classes;
        for (int c = 0; c < RiskLexicon.CLASSES.size(); c++) {
            long bit = 1L << c;
            if ((classes & bit) != 0) {
                // Who a message is about (SELF, THIRD) matters only together with what it is about.
                if ((RiskLexicon.PERSON_CLASSES & bit) == 0) {
                    out.add(RiskLexicon.CLASS_HASH[c]);
                    if (namer != null) {
                        namer.name(RiskLexicon.CLASS_HASH[c], "c:" + RiskLexicon.CLASSES.get(c));
                    }
                }
                for (int d = c + 1; d < RiskLexicon.CLASSES.size(); d++) {
                    if ((classes & (1L << d)) != 0) {
                        long p = RiskLexicon.PAIR_HASH[c][d];
                        out.add(p);
                        if (namer != null) {
                            namer.name(p, "p:" + RiskLexicon.CLASSES.get(c) + "+" + RiskLexicon.CLASSES.get(d));
                        }
                    }
                }
            }
            if ((negated & bit) != 0) {
                out.add(RiskLexicon.NEGATED_HASH[c]);
                if (namer != null) {
                    namer.name(RiskLexicon.NEGATED_HASH[c], "n:" + RiskLexicon.CLASSES.get(c));
                }
            }
        }
        return out.toArray();
    }

    /** A negation among the three words before token {@code i}, in its clause. */
    private static boolean negatedAt(boolean[] boundary, boolean[] negation, int i) {
        for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
            if (boundary[k]) {
                return false;
            }
            if (negation[k]) {
                return true;
            }
        }
        return false;
    }

    private static final long SEED_WORD = 0x5751L;
    private static final long SEED_PAIR = 0x5B52L;
    private static final long BIAS = hash("bias");

    /** FNV-1a of a token's characters. */
    static long tokenHash(CharSequence s, int start, int end) {
        return continueHash(FNV_OFFSET, s, start, end);
    }

    /** The murmur3 finalizer: spreads the bits of a combined hash. */
    static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    static long word(long token) {
        return mix(token + SEED_WORD);
    }

    static long pair(long first, long second) {
        return mix(mix(first + SEED_PAIR) ^ second);
    }

    /** The fingerprint of a lexicon term one word longer. */
    static long extendTerm(long term, long token) {
        return mix(term * 31 + token);
    }

    /** The fingerprint of a multi-word term, as {@link #features} builds it token by token. */
    static long termHash(String term) {
        String[] words = term.split(" ");
        long h = tokenHash(words[0], 0, words[0].length());
        for (int i = 1; i < words.length; i++) {
            h = extendTerm(h, tokenHash(words[i], 0, words[i].length()));
        }
        return h;
    }

    /** The fingerprint of a named feature, as {@link #features} computes it: "w:word", "b:two words", "c:CLASS"... */
    public static long featureHash(String name) {
        if (name.startsWith("w:")) {
            return word(tokenHash(name, 2, name.length()));
        }
        if (name.startsWith("b:")) {
            int space = name.indexOf(' ', 2);
            return pair(tokenHash(name, 2, space), tokenHash(name, space + 1, name.length()));
        }
        return hash(name);
    }

    /** FNV-1a of a whole string. */
    public static long hash(String s) {
        return continueHash(FNV_OFFSET, s, 0, s.length());
    }

    static long continueHash(long h, CharSequence s, int start, int end) {
        for (int i = start; i < end; i++) {
            h ^= s.charAt(i);
            h *= FNV_PRIME;
        }
        return h;
    }

    static long continueChar(long h, char c) {
        h ^= c;
        return h * FNV_PRIME;
    }

    /** Reads a model in the format {@code TrainLexicalModel} writes. */
    static LexicalRiskModel load(String resource) {
        try (InputStream in = LexicalRiskModel.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled model " + resource);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read bundled model " + resource, e);
        }
    }

    /** Reads "name TAB weight" lines; "#" comments; "@setting TAB value" lines for thresholds. */
    public static LexicalRiskModel read(InputStream in) throws IOException {
        Map<String, Double> settings = new LinkedHashMap<>();
        LongFloatTable table = new LongFloatTable(1 << 16);
        double bias = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.lastIndexOf('\t');
                String name = line.substring(0, tab);
                double value = Double.parseDouble(line.substring(tab + 1));
                if (name.startsWith("@")) {
                    settings.put(name.substring(1), value);
                } else if (name.equals("bias")) {
                    bias = value;
                } else {
                    table = table.put(featureHash(name), (float) value);
                }
            }
        }
        return new LexicalRiskModel(Map.copyOf(settings), bias, table);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "LexicalRiskModel[%d weights]", weights.size());
    }

    /** Open-addressing map from fingerprint to weight; absent keys weigh 0. */
    static final class LongFloatTable {
        private long[] keys;
        private float[] values;
        private int size;

        LongFloatTable(int capacity) {
            keys = new long[capacity];
            values = new float[capacity];
        }

        float get(long key) {
            int mask = keys.length - 1;
            int i = (int) (key ^ (key >>> 29)) & mask;
            while (true) {
                long k = keys[i];
                if (k == key) {
                    return values[i];
                }
                if (k == 0) {
                    return 0f;
                }
                i = (i + 1) & mask;
            }
        }

        LongFloatTable put(long key, float value) {
            if (key == 0) {
                key = 1;
            }
            if ((size + 1) * 2 > keys.length) {
                LongFloatTable bigger = new LongFloatTable(keys.length * 2);
                for (int i = 0; i < keys.length; i++) {
                    if (keys[i] != 0) {
                        bigger.put(keys[i], values[i]);
                    }
                }
                return bigger.put(key, value);
            }
            int mask = keys.length - 1;
            int i = (int) (key ^ (key >>> 29)) & mask;
            while (keys[i] != 0 && keys[i] != key) {
                i = (i + 1) & mask;
            }
            if (keys[i] == 0) {
                size++;
            }
            keys[i] = key;
            values[i] = value;
            return this;
        }

        int size() {
            return size;
        }
    }

    /** A small set of fingerprints, kept in insertion order. */
    static final class LongSet {
        private long[] keys;
        private long[] order;
        private int size;

        LongSet(int expected) {
            keys = new long[Integer.highestOneBit(Math.max(expected, 8) * 2) << 1];
            order = new long[Math.max(expected, 8)];
        }

        void add(long key) {
            if (key == 0) {
                key = 1;
            }
            int mask = keys.length - 1;
            int i = (int) (key ^ (key >>> 29)) & mask;
            while (keys[i] != 0) {
                if (keys[i] == key) {
                    return;
                }
                i = (i + 1) & mask;
            }
            if (size * 2 >= keys.length) {
                long[] old = Arrays.copyOf(order, size);
                keys = new long[keys.length * 2];
                order = new long[old.length * 2];
                size = 0;
                for (long k : old) {
                    add(k);
                }
                add(key);
                return;
            }
            keys[i] = key;
            if (size == order.length) {
                order = Arrays.copyOf(order, size * 2);
            }
            order[size++] = key;
        }

        long[] toArray() {
            return Arrays.copyOf(order, size);
        }
    }
}
