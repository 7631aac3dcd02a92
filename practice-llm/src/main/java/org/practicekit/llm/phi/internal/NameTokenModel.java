package org.practicekit.llm.phi.internal;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;
import org.practicekit.llm.phi.PhiCategory;
import org.practicekit.llm.phi.PhiSpan;

/**
 * A trained token classifier for the names and places the rules miss: multinomial logistic regression
 * over three classes (not PHI, person, place) on the hashed features of {@link NameTokens}. It scores only
 * candidate words outside the spans the rules found; neighbouring words it marks become one span, typed by
 * the class with the larger summed probability, scored with the highest word probability. Weights come
 * from {@code name-model-templates.bin} (scored first, as in round 28) and {@code name-model.bin} (retrained in
 * round 29, scoring what the first left) beside this class (trained by {@code NameModelTraining} in the test tree,
 * see docs/phi-detection.md). Immutable and thread-safe.
 */
public final class NameTokenModel {
    public static final int CLASSES = 3;
    public static final int OTHER = 0;
    public static final int PERSON = 1;
    public static final int PLACE = 2;

    /**
     * A word is PHI when the person and place probabilities together reach this. Round 29 swept it on
     * dev-independent-r18..r25 with the model trained on the spent blind sets too: 0.6 had the fewest labels on
     * the wire within the hard-negative bar but read "May", "sunny" and product names as PHI in the unit tests,
     * so it stays 0.99 (docs/phi-detection.md, round 29).
     */
    public static final double THRESHOLD = 0.99;
    /**
     * A common English word with no cue ({@link NameTokens#mayStart}) starts a span only from this probability:
     * chosen on dev-independent r18..r25 (round 29b), where barring such words outright cost more labels on the
     * wire than the public words it kept.
     */
    static final double UNCUED = 0.999;
    /** A neighbour of a word over the threshold joins its span from this probability on. */
    public static final double JOIN = 0.5;

    /** Weights are stored as 16-bit integers in units of 1/QUANT. */
    private static final float QUANT = 1024f;
    private static final int MAGIC = 0x504b4e4d; // "PKNM"
    private static final int VERSION = 1;
    private static final String RESOURCE = "name-model.bin";
    /** The first model, trained on the template and in-sample snippets only (round 28 and before). */
    private static final String TEMPLATES = "name-model-templates.bin";

    private static final class Holder {
        static final NameTokenModel SHARED = load();
    }

    /** Class-major per bucket: weights[bucket * CLASSES + class]. */
    private final float[] weights;
    private final double threshold;
    /** Whether an uncued common word needs {@link #UNCUED} ({@link NameTokens#mayStart}); off for the first model. */
    private final boolean cued;
    /**
     * The models that score first, each exactly as it did alone; this one then scores only the words their spans
     * left untouched. Round 29c: the retrained weights read things the first ones do not and miss a few they found.
     */
    private final List<NameTokenModel> before;

    private NameTokenModel(float[] weights, double threshold, boolean cued, List<NameTokenModel> before) {
        this.weights = weights;
        this.threshold = threshold;
        this.cued = cued;
        this.before = before;
    }

    /** The bundled model, loaded once. */
    public static NameTokenModel shared() {
        return Holder.SHARED;
    }

    /** A model with these weights (training and tests); {@code weights.length == BUCKETS * CLASSES}. */
    public static NameTokenModel of(float[] weights, double threshold) {
        if (weights.length != NameTokens.BUCKETS * CLASSES) {
            throw new IllegalArgumentException("weights must have " + NameTokens.BUCKETS * CLASSES + " entries");
        }
        return new NameTokenModel(weights.clone(), threshold, true, List.of());
    }

    /** The same weights with another threshold (choosing one on dev). */
    public NameTokenModel withThreshold(double threshold) {
        return new NameTokenModel(weights, threshold, cued, before);
    }

    /** The template model as at round 28, then the retrained one with the cue rule on what it left. */
    static NameTokenModel load() {
        NameTokenModel first = new NameTokenModel(weightsOf(TEMPLATES), THRESHOLD, false, List.of());
        return new NameTokenModel(weightsOf(RESOURCE), THRESHOLD, true, List.of(first));
    }

    private static float[] weightsOf(String resource) {
        try (InputStream raw = NameTokenModel.class.getResourceAsStream(resource)) {
            if (raw == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            return read(raw.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads weights written by {@link #write}. */
    public static float[] read(byte[] bytes) throws IOException {
        try (DataInputStream in = new DataInputStream(new InflaterInputStream(new java.io.ByteArrayInputStream(bytes)))) {
            if (in.readInt() != MAGIC || in.readInt() != VERSION) {
                throw new IOException("not a name model of version " + VERSION);
            }
            int buckets = in.readInt();
            int classes = in.readInt();
            if (buckets != NameTokens.BUCKETS || classes != CLASSES) {
                throw new IOException("model has " + buckets + "x" + classes + " weights, code expects "
                        + NameTokens.BUCKETS + "x" + CLASSES);
            }
            float[] w = new float[buckets * classes];
            int entries = in.readInt();
            int at = -1;
            for (int k = 0; k < entries; k++) {
                at += readVarint(in);
                w[at] = in.readShort() / QUANT;
            }
            return w;
        }
    }

    /**
     * The weights rounded to 1/1024 and written as the non-zero entries, index deltas as varints, deflated:
     * the same weights always give the same bytes.
     */
    public static byte[] write(float[] w) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        try (DataOutputStream out = new DataOutputStream(new DeflaterOutputStream(bytes, deflater))) {
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeInt(NameTokens.BUCKETS);
            out.writeInt(CLASSES);
            int entries = 0;
            for (float v : w) {
                if (quantize(v) != 0) {
                    entries++;
                }
            }
            out.writeInt(entries);
            int last = -1;
            for (int i = 0; i < w.length; i++) {
                short q = quantize(w[i]);
                if (q != 0) {
                    writeVarint(out, i - last);
                    out.writeShort(q);
                    last = i;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deflater.end();
        }
        return bytes.toByteArray();
    }

    private static short quantize(float v) {
        return (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, Math.round(v * QUANT)));
    }

    private static void writeVarint(DataOutputStream out, int v) throws IOException {
        while ((v & ~0x7f) != 0) {
            out.writeByte((v & 0x7f) | 0x80);
            v >>>= 7;
        }
        out.writeByte(v);
    }

    private static int readVarint(DataInputStream in) throws IOException {
        int v = 0;
        for (int shift = 0; ; shift += 7) {
            int b = in.readUnsignedByte();
            v |= (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                return v;
            }
        }
    }

    /** Class probabilities of one word from its features: softmax over the summed weights. */
    public static void probabilities(float[] weights, int[] features, int n, double[] out) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        for (int k = 0; k < n; k++) {
            int b = features[k] * CLASSES;
            s0 += weights[b];
            s1 += weights[b + 1];
            s2 += weights[b + 2];
        }
        double max = Math.max(s0, Math.max(s1, s2));
        double e0 = Math.exp(s0 - max);
        double e1 = Math.exp(s1 - max);
        double e2 = Math.exp(s2 - max);
        double sum = e0 + e1 + e2;
        out[0] = e0 / sum;
        out[1] = e1 / sum;
        out[2] = e2 / sum;
    }

    /**
     * {@code found} with the model's spans added: candidate words that no span of {@code found} touches and
     * whose PHI probability reaches the threshold. Returns {@code found} itself when the model adds nothing.
     */
    public List<PhiSpan> addTo(String text, List<PhiSpan> found) {
        // One reading of the words for every model: what the word lists say of a word depends on the text alone,
        // and reading it again per model was most of the second model's cost.
        NameTokens tokens = NameTokens.of(text);
        List<PhiSpan> all = found;
        for (NameTokenModel model : before) {
            all = model.scoreUntouched(text, tokens, all);
        }
        return scoreUntouched(text, tokens, all);
    }

    private List<PhiSpan> scoreUntouched(String text, NameTokens tokens, List<PhiSpan> found) {
        int n = tokens.count();
        if (n == 0) {
            return found;
        }
        // the rules' spans by start; a word is covered when a span starting before its end reaches past its start
        int spans = found.size();
        long[] byStart = new long[spans];
        for (int k = 0; k < spans; k++) {
            byStart[k] = (long) found.get(k).start() << 32 | found.get(k).end();
        }
        java.util.Arrays.sort(byStart);
        int nextSpan = 0;
        int reach = -1;
        int[] features = new int[NameTokens.maxFeatures()];
        double[] p = new double[CLASSES];
        double[] person = new double[n];
        double[] place = new double[n];
        boolean any = false;
        boolean[] sure = new boolean[n]; // over the threshold and free to start a span (NameTokens#mayStart)
        boolean[] quiet = new boolean[n];
        for (int i = 0; i < n; i++) {
            int s = tokens.start(i);
            int e = tokens.end(i);
            while (nextSpan < spans && (int) (byStart[nextSpan] >>> 32) < e) {
                int spanStart = (int) (byStart[nextSpan] >>> 32);
                int spanEnd = (int) byStart[nextSpan++];
                if (spanEnd > spanStart) {
                    reach = Math.max(reach, spanEnd);
                }
            }
            if (reach <= s && tokens.candidate(i)) {
                probabilities(weights, features, tokens.features(i, features), p);
                if (tokens.month(i)) {
                    p[PLACE] = 0; // "in August" is a date word, the rules' to judge; "August called" a name
                }
                person[i] = p[PERSON];
                place[i] = p[PLACE];
                int start = cued ? tokens.mayStart(i) : NameTokens.START;
                quiet[i] = start != NameTokens.START;
                sure[i] = start != NameTokens.NO_START
                        && p[PERSON] + p[PLACE] >= (start == NameTokens.START_WHEN_CERTAIN ? UNCUED : threshold);
            }
        }
        for (int i = 0; i < n; i++) {
            if (cued && sure[i] && tokens.ordinal(i)) {
                sure[i] = placeAcross(text, tokens, found, place, quiet, i); // "on 95th" of a place, not "on 3rd gear"
            }
            any |= sure[i];
        }
        boolean[] street = streetsOfPlaces(text, tokens, found, person, place, quiet);
        for (int i = 0; i < n && !any; i++) {
            any = street[i];
        }
        if (!any) {
            return joinedParts(text, found);
        }
        // A word the model is sure of starts a span; a neighbour it leans towards joins it ("cedar bend").
        boolean[] hit = new boolean[n];
        for (int i = 0; i < n; i++) {
            hit[i] = sure[i] || street[i];
            if (street[i]) {
                place[i] = Math.max(place[i], person[i] + place[i]); // a street, whatever its word names elsewhere
                person[i] = 0;
            }
        }
        for (int i = 1; i < n; i++) {
            hit[i] |= hit[i - 1] && joins(text, tokens, i - 1, i, person[i] + place[i]);
        }
        for (int i = n - 2; i >= 0; i--) {
            hit[i] |= hit[i + 1] && joins(text, tokens, i, i + 1, person[i] + place[i]);
        }
        coordinatePeople(text, tokens, found, person, place, hit);
        List<PhiSpan> all = new ArrayList<>(found);
        for (int i = 0; i < n; i++) {
            if (!hit[i]) {
                continue;
            }
            int j = i;
            double runPerson = person[i];
            double runPlace = place[i];
            double score = person[i] + place[i];
            while (true) {
                if (j + 1 < n && hit[j + 1] && (onlySpaceBetween(text, tokens.end(j), tokens.start(j + 1))
                        || tokens.initialDot(j) && onlySpaceBetween(text, tokens.end(j) + 1, tokens.start(j + 1)))) {
                    j++; // "Maria Lopez", and an initial's dot inside a name: "T.J.", "R. Okafor"
                } else if (j + 2 < n && hit[j + 2] && tokens.connector(j + 1)
                        && (tokens.ordinal(j) || tokens.ordinal(j + 2))
                        && onlySpaceBetween(text, tokens.end(j), tokens.start(j + 1))
                        && onlySpaceBetween(text, tokens.end(j + 1), tokens.start(j + 2))) {
                    j += 2; // a numbered street and what it joins: "the pharmacy on 95th", "63rd and Halsted"
                } else {
                    break;
                }
                runPerson += person[j];
                runPlace += place[j];
                score = Math.max(score, person[j] + place[j]);
            }
            if (runPlace > runPerson && j + 1 < n && tokens.road(j + 1)
                    && onlySpaceBetween(text, tokens.end(j), tokens.start(j + 1))) {
                j++; // the word that makes it a line or a street: "the teal line", "Brantwood Ave"
            }
            int end = tokens.end(j) + (tokens.initialDot(j) ? 1 : 0); // "T.J." with its last dot
            all.add(new PhiSpan(tokens.start(i), end, runPerson >= runPlace ? PhiCategory.PERSON
                    : PhiCategory.LOCATION, Math.min(1.0, score)));
            i = j;
        }
        all.sort(Comparator.comparingInt(PhiSpan::start).thenComparingInt(PhiSpan::end));
        return joinedParts(text, all);
    }

    /**
     * The word after a place and "on" that the model leans to PHI ({@link #JOIN}) is its street: "the pharmacy on
     * Fowler", "the gym on Bridges"; a surname or an ordinary word there names a street, and the spans join as one
     * place. Weekdays, months and holidays are no candidates ("Target on Sunday").
     */
    private static boolean[] streetsOfPlaces(String text, NameTokens tokens, List<PhiSpan> found, double[] person,
            double[] place, boolean[] quiet) {
        int n = tokens.count();
        boolean[] street = new boolean[n];
        for (int i = 2; i < n; i++) {
            if (person[i] + place[i] < JOIN || !Character.isUpperCase(text.charAt(tokens.start(i)))
                    && !tokens.lowercaseRegister() || !text.regionMatches(true, tokens.start(i - 1), "on", 0, 2)
                    || tokens.end(i - 1) - tokens.start(i - 1) != 2
                    || !" on ".equalsIgnoreCase(text.substring(tokens.start(i - 1) - 1, tokens.start(i)))) {
                continue;
            }
            int before = tokens.start(i - 1) - 1; // the space before "on"
            for (PhiSpan span : found) {
                if (PhiCategory.LOCATION.equals(span.type()) && span.end() == before) {
                    street[i] = true;
                    break;
                }
            }
            if (!street[i] && !quiet[i - 2] && place[i - 2] > person[i - 2] && person[i - 2] + place[i - 2] >= JOIN
                    && tokens.end(i - 2) == before) {
                street[i] = true; // a place the model reads and its street: "the laundromat on Thatcher"
            }
        }
        return street;
    }

    /**
     * A numbered street names a place only beside one: a place across its connector ("the pharmacy on 95th"),
     * a capitalized word it joins ("63rd and Halsted") or a road word after it; "stuck on 3rd gear" is a gear.
     */
    private static boolean placeAcross(String text, NameTokens tokens, List<PhiSpan> found, double[] place,
            boolean[] quiet, int i) {
        int n = tokens.count();
        if (i + 1 < n && tokens.road(i + 1)) {
            return true;
        }
        if (i + 2 < n && tokens.connector(i + 1) && Character.isUpperCase(text.charAt(tokens.start(i + 2)))) {
            return true;
        }
        if (i < 2 || !tokens.connector(i - 1)) {
            return false;
        }
        if (!quiet[i - 2] && place[i - 2] >= JOIN) {
            return true;
        }
        int before = tokens.end(i - 2);
        for (PhiSpan span : found) {
            if (PhiCategory.LOCATION.equals(span.type()) && span.end() == before) {
                return true;
            }
        }
        return false;
    }

    /**
     * A word the model leans to a person ({@link #JOIN}) in a list with a person is one too: "brook and cliff broke
     * up", "Sage, Wren and the kids". The list makes the slot the model reads one word at a time; a list of things
     * has no person in it, and an ordinary word in it stays under {@link #JOIN}.
     */
    private static void coordinatePeople(String text, NameTokens tokens, List<PhiSpan> found, double[] person,
            double[] place, boolean[] hit) {
        int n = tokens.count();
        for (int pass = 0; pass < 2; pass++) { // a list runs both ways: "A, B and C"
            for (int i = 0; i < n; i++) {
                if (hit[i] || person[i] < JOIN || person[i] <= place[i]) {
                    continue;
                }
                hit[i] = listedWith(text, tokens, found, person, place, hit, i, i + 1)
                        || listedWith(text, tokens, found, person, place, hit, i, i - 1);
            }
        }
    }

    /** Word {@code i} and the person next to it on side {@code toward} are joined by ",", "&", "and" or "y". */
    private static boolean listedWith(String text, NameTokens tokens, List<PhiSpan> found, double[] person,
            double[] place, boolean[] hit, int i, int toward) {
        if (toward < 0 || toward >= tokens.count()) {
            return false;
        }
        int a = Math.min(i, toward);
        int b = Math.max(i, toward);
        String gap = text.substring(tokens.end(a), tokens.start(b)).strip();
        int other = toward;
        if (gap.isEmpty()) {
            String word = text.substring(tokens.start(toward), tokens.end(toward)).toLowerCase(java.util.Locale.ROOT);
            if (!word.equals("and") && !word.equals("y")) {
                return false;
            }
            other = toward + (toward > i ? 1 : -1);
            if (other < 0 || other >= tokens.count()) {
                return false;
            }
            int c = Math.min(toward, other);
            int d = Math.max(toward, other);
            if (!text.substring(tokens.end(a < b ? a : b), tokens.start(a < b ? b : a)).isBlank()
                    || !text.substring(tokens.end(c), tokens.start(d)).isBlank()) {
                return false;
            }
        } else if (!gap.equals(",") && !gap.equals("&")) {
            return false;
        }
        if (hit[other] && person[other] > place[other]) {
            return true;
        }
        int s = tokens.start(other);
        for (PhiSpan span : found) {
            if (PhiCategory.PERSON.equals(span.type()) && span.start() <= s && s < span.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Two places with only "on", "in", "at" or "off" between are one place: a store on its street or in its
     * town ("the pharmacy on Foster", "the warehouse in Joliet"), named as one and replaced as one; so is an
     * initial before a name ("R. Okafor"). Returns
     * {@code spans} itself when nothing joins; {@code spans} is sorted by start.
     */
    static List<PhiSpan> joinedParts(String text, List<PhiSpan> spans) {
        List<PhiSpan> out = null;
        for (int k = 0; k + 1 < spans.size(); k++) {
            PhiSpan a = spans.get(k);
            PhiSpan b = spans.get(k + 1);
            boolean places = PhiCategory.LOCATION.equals(a.type()) && PhiCategory.LOCATION.equals(b.type())
                    && placeConnector(text, a.end(), b.start());
            // an initial and the initial or surname after it: "K.D.", "R. Okafor" is one name
            boolean initialAndName = PhiCategory.PERSON.equals(a.type()) && PhiCategory.PERSON.equals(b.type())
                    && a.end() - a.start() == 2 && text.charAt(a.end() - 1) == '.'
                    && (b.start() == a.end() || b.start() == a.end() + 1 && text.charAt(a.end()) == ' ');
            // a place and a one-word name after "on" is a place on its street: "the Safeway on Fowler"
            boolean onStreet = PhiCategory.LOCATION.equals(a.type()) && PhiCategory.PERSON.equals(b.type())
                    && b.end() - a.end() > 4 && text.regionMatches(true, a.end(), " on ", 0, 4) && b.start() == a.end() + 4
                    && text.substring(b.start(), b.end()).indexOf(' ') < 0
                    && !(b.end() + 1 < text.length() && (text.charAt(b.end()) == '\'' || text.charAt(b.end()) == '\u2019'));
            if (!places && !initialAndName && !onStreet) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(spans);
            }
            PhiSpan joined = new PhiSpan(a.start(), b.end(), initialAndName ? a.type() : PhiCategory.LOCATION,
                    Math.max(a.score(), b.score()));
            int at = out.indexOf(a);
            out.set(at, joined);
            out.remove(at + 1);
            spans = out;
            k--; // the joined place may join the next one too
        }
        return out == null ? spans : out;
    }

    /** Exactly " on ", " in ", " at " or " off " (any case) between {@code from} and {@code to}. */
    private static boolean placeConnector(String text, int from, int to) {
        int len = to - from;
        if (len != 4 && len != 5 || text.charAt(from) != ' ' || text.charAt(to - 1) != ' ') {
            return false;
        }
        String word = text.substring(from + 1, to - 1).toLowerCase(java.util.Locale.ROOT);
        return word.equals("on") || word.equals("in") || word.equals("at") || word.equals("off");
    }

    /** Word {@code b} joins its neighbour {@code a}'s span: only a space between, and the model leans to PHI. */
    private static boolean joins(String text, NameTokens tokens, int a, int b, double probability) {
        return probability >= JOIN && onlySpaceBetween(text, tokens.end(a), tokens.start(b));
    }

    private static boolean onlySpaceBetween(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (text.charAt(k) != ' ') {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return "NameTokenModel[threshold=" + threshold + "]";
    }
}
