package org.practicekit.risk.embeddings;

import dev.langchain4j.model.embedding.EmbeddingModel;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.practicekit.core.messaging.MessageWindows;
import org.practicekit.core.messaging.RiskAssessment;
import org.practicekit.core.messaging.RiskCategory;
import org.practicekit.core.messaging.RiskClassifier;
import org.practicekit.core.messaging.RiskIndicator;
import org.practicekit.core.messaging.RiskLevel;
import org.practicekit.core.messaging.RiskWordingModel;
import org.practicekit.risk.embeddings.internal.SingleThreadMiniLm;

/**
 * The semantic crisis layer: reads what a message means, not which words it uses, so it escalates
 * crisis language that no phrase rule names ("soon I won't be a problem for anyone", "I gave my cat to
 * my sister since I won't need to feed her"). Each window of the message ({@link MessageWindows}) is
 * embedded with all-MiniLM-L6-v2 (quantized, shipped in its Maven artifact, run in-process) and read by
 * a trained head, three one-hidden-layer perceptrons whose weights ship as {@code risk-head.bin}: HIGH above
 * the head's high threshold, CONCERN (a person today) above its concern threshold. A long message is read
 * through its {@link #WINDOWS_EMBEDDED} most worrying windows as ranked by {@link RiskWordingModel}, so
 * its cost stays bounded however long the post.
 *
 * <p>Use it beside the rules, never instead of them; this is the recommended configuration:
 * {@code RiskClassifier.combined(RiskClassifier.standard(), EmbeddingRiskClassifier.load())}. Either
 * part can raise a level, neither can lower one. A practice may add its own crisis and ordinary example
 * sentences; a message at least {@code threshold} similar to one of the practice's crisis examples, and
 * {@code margin} closer to it than to any of its ordinary ones, is escalated too.
 *
 * <p>Loading takes a second or two and about 100 MB; build it once and share it. Thread-safe; runs in
 * the caller's thread (the model's own executor is the caller's); logs nothing. The head is trained by
 * {@code TrainRiskHead} in this module's test sources from {@code corpora/crisis}.
 */
public final class EmbeddingRiskClassifier implements RiskClassifier {
    /** Default similarity a message needs to one of the practice's own crisis examples. */
    public static final double DEFAULT_THRESHOLD = 0.50;
    /** Default lead that similarity needs over the closest of the practice's ordinary examples. */
    public static final double DEFAULT_MARGIN = 0.05;
    /** How many windows of a long message are embedded: the most worrying ones. */
    public static final int WINDOWS_EMBEDDED = 3;

    private final EmbeddingModel model;
    private final Head head;
    private final double concernThreshold;
    private final double highThreshold;
    private final List<String> crisisExamples;
    private final List<float[]> crisis;
    private final List<float[]> safe;
    private final double threshold;
    private final double margin;

    private EmbeddingRiskClassifier(Builder b, EmbeddingModel model, Head head) {
        this.model = model;
        this.head = head;
        this.concernThreshold = b.concernThreshold >= 0 ? b.concernThreshold : head.concern;
        this.highThreshold = b.highThreshold >= 0 ? b.highThreshold : head.high;
        this.threshold = b.threshold;
        this.margin = b.margin;
        this.crisisExamples = List.copyOf(b.crisis);
        this.crisis = embedAll(model, b.crisis);
        this.safe = embedAll(model, b.safe);
    }

    /** The bundled model and head with their default thresholds. */
    public static EmbeddingRiskClassifier load() {
        return builder().build();
    }

    /** Starts from the bundled model and head. */
    public static Builder builder() {
        return new Builder();
    }

    /** The head's CONCERN threshold in use. */
    public double concernThreshold() {
        return concernThreshold;
    }

    /** The head's HIGH threshold in use. */
    public double highThreshold() {
        return highThreshold;
    }

    @Override
    public RiskAssessment assess(String message) {
        Objects.requireNonNull(message, "message == null");
        if (message.isBlank()) {
            return RiskAssessment.none();
        }
        List<RiskIndicator> found = new ArrayList<>();
        double best = -1;
        String bestWindow = "";
        float[] bestVector = null;
        for (String window : worrying(message)) {
            float[] v = embed(model, window);
            double p = head.probability(v);
            if (p > best) {
                best = p;
                bestWindow = window;
                bestVector = v;
            }
        }
        if (best >= concernThreshold) {
            RiskLevel level = best >= highThreshold ? RiskLevel.HIGH : RiskLevel.CONCERN;
            RiskCategory category = level == RiskLevel.HIGH ? RiskCategory.RESEMBLES_CRISIS_LANGUAGE : RiskCategory.POSSIBLE_RISK;
            found.add(new RiskIndicator(category, level, String.format(Locale.ROOT, "embedding-head %.2f", best), bestWindow));
        }
        if (!crisis.isEmpty() && bestVector != null) {
            similarToPracticeExample(message, found);
        }
        return found.isEmpty() ? RiskAssessment.none() : RiskAssessment.of(found);
    }

    /** The head's probability for a message: the highest over its most worrying windows. */
    public double probability(String message) {
        Objects.requireNonNull(message, "message == null");
        double best = 0;
        for (String window : worrying(message)) {
            best = Math.max(best, head.probability(embed(model, window)));
        }
        return best;
    }

    /** All windows of a short message; the most worrying {@link #WINDOWS_EMBEDDED} of a long one. */
    private static List<String> worrying(String message) {
        List<String> windows = MessageWindows.of(message);
        if (windows.size() <= WINDOWS_EMBEDDED) {
            return windows;
        }
        RiskWordingModel lexical = RiskWordingModel.bundled();
        List<String> ranked = new ArrayList<>(windows);
        ranked.sort(Comparator.comparingDouble(lexical::windowProbability).reversed());
        return ranked.subList(0, WINDOWS_EMBEDDED);
    }

    private void similarToPracticeExample(String message, List<RiskIndicator> found) {
        for (String unit : MessageWindows.of(message)) {
            float[] v = embed(model, unit);
            double c = 0;
            int ci = 0;
            for (int i = 0; i < crisis.size(); i++) {
                double s = cosine(v, crisis.get(i));
                if (s > c) {
                    c = s;
                    ci = i;
                }
            }
            double o = 0;
            for (float[] s : safe) {
                o = Math.max(o, cosine(v, s));
            }
            if (c >= threshold && c >= o + margin) {
                String rule = String.format(Locale.ROOT, "embedding.practice-example %.2f to \"%s\"", c, crisisExamples.get(ci));
                found.add(RiskIndicator.of(RiskCategory.RESEMBLES_CRISIS_LANGUAGE, rule, unit));
                return;
            }
        }
    }

    private static List<float[]> embedAll(EmbeddingModel model, List<String> texts) {
        List<float[]> out = new ArrayList<>(texts.size());
        for (String t : texts) {
            out.add(embed(model, t));
        }
        return List.copyOf(out);
    }

    private static float[] embed(EmbeddingModel model, String text) {
        return model.embed(text).content().vector();
    }

    static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }

    /**
     * The trained head read from {@code risk-head.bin}: perceptrons (one hidden ReLU layer, logistic
     * output) trained from different seeds, whose probabilities are averaged.
     */
    static final class Head {
        final int in;
        final int hidden;
        final float[][] w1;
        final float[][] b1;
        final float[][] w2;
        final float[] b2;
        final double concern;
        final double high;

        private Head(int in, int hidden, float[][] w1, float[][] b1, float[][] w2, float[] b2, double concern, double high) {
            this.in = in;
            this.hidden = hidden;
            this.w1 = w1;
            this.b1 = b1;
            this.w2 = w2;
            this.b2 = b2;
            this.concern = concern;
            this.high = high;
        }

        static Head bundled() {
            try (InputStream raw = EmbeddingRiskClassifier.class.getResourceAsStream("risk-head.bin")) {
                if (raw == null) {
                    throw new IllegalStateException("missing bundled resource risk-head.bin");
                }
                DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(raw));
                if (in.readInt() != 0x504B5248 || in.readInt() != 2) {
                    throw new IllegalStateException("risk-head.bin is not a version 2 PracticeKit risk head");
                }
                int dim = in.readInt();
                int hidden = in.readInt();
                int count = in.readInt();
                double concern = in.readFloat();
                double high = in.readFloat();
                in.readInt(); // messages trained on
                in.readInt(); // training units
                float[][] w1 = new float[count][hidden * dim];
                float[][] b1 = new float[count][hidden];
                float[][] w2 = new float[count][hidden];
                float[] b2 = new float[count];
                for (int k = 0; k < count; k++) {
                    read(in, w1[k]);
                    read(in, b1[k]);
                    read(in, w2[k]);
                    b2[k] = in.readFloat();
                }
                return new Head(dim, hidden, w1, b1, w2, b2, concern, high);
            } catch (IOException e) {
                throw new UncheckedIOException("could not read risk-head.bin", e);
            }
        }

        private static void read(DataInputStream in, float[] into) throws IOException {
            for (int i = 0; i < into.length; i++) {
                into[i] = in.readFloat();
            }
        }

        double probability(float[] x) {
            if (x.length != in) {
                throw new IllegalStateException("embedding has " + x.length + " dimensions, the head expects " + in);
            }
            double sum = 0;
            for (int k = 0; k < b2.length; k++) {
                double z = b2[k];
                float[] weights = w1[k];
                for (int j = 0; j < hidden; j++) {
                    double s = b1[k][j];
                    int base = j * in;
                    for (int i = 0; i < in; i++) {
                        s += weights[base + i] * x[i];
                    }
                    if (s > 0) {
                        z += w2[k][j] * s;
                    }
                }
                sum += 1 / (1 + Math.exp(-z));
            }
            return sum / b2.length;
        }
    }

    /** Builds an {@link EmbeddingRiskClassifier}; {@link #build()} loads the model. */
    public static final class Builder {
        private double threshold = DEFAULT_THRESHOLD;
        private double margin = DEFAULT_MARGIN;
        private double concernThreshold = -1;
        private double highThreshold = -1;
        private final List<String> crisis = new ArrayList<>();
        private final List<String> safe = new ArrayList<>();

        private Builder() {
        }

        /**
         * The head probability from which a message goes to a person today, in (0, 1); the bundled
         * value was chosen on the dev set for recall. Lower catches more and alarms more.
         */
        public Builder concernThreshold(double concernThreshold) {
            if (!(concernThreshold > 0 && concernThreshold < 1)) {
                throw new IllegalArgumentException("concernThreshold must be in (0, 1)");
            }
            this.concernThreshold = concernThreshold;
            return this;
        }

        /** The head probability from which a message goes to a person now, in (0, 1). */
        public Builder highThreshold(double highThreshold) {
            if (!(highThreshold > 0 && highThreshold < 1)) {
                throw new IllegalArgumentException("highThreshold must be in (0, 1)");
            }
            this.highThreshold = highThreshold;
            return this;
        }

        /** Similarity a message needs to one of the practice's crisis examples, in (0, 1). */
        public Builder threshold(double threshold) {
            if (!(threshold > 0 && threshold < 1)) {
                throw new IllegalArgumentException("threshold must be in (0, 1)");
            }
            this.threshold = threshold;
            return this;
        }

        /** Lead that similarity needs over the closest of the practice's ordinary examples, in [0, 1). */
        public Builder margin(double margin) {
            if (!(margin >= 0 && margin < 1)) {
                throw new IllegalArgumentException("margin must be in [0, 1)");
            }
            this.margin = margin;
            return this;
        }

        /** Adds a practice's own crisis example (written by the practice, never a client's message). */
        public Builder addCrisisExample(String text) {
            crisis.add(requireText(text));
            return this;
        }

        /** Adds an ordinary message the practice sees often and does not want matched to its crisis examples. */
        public Builder addSafeExample(String text) {
            safe.add(requireText(text));
            return this;
        }

        private static String requireText(String text) {
            Objects.requireNonNull(text, "text == null");
            if (text.isBlank()) {
                throw new IllegalArgumentException("example is blank");
            }
            return text.strip();
        }

        /**
         * Loads the model from its jar, the head, and embeds the practice's examples. Throws
         * {@link IllegalStateException} when the ONNX runtime or the model cannot be loaded on this
         * platform.
         */
        public EmbeddingRiskClassifier build() {
            EmbeddingModel model;
            try {
                // The caller's thread only: no executor and no ONNX thread pool of the library's own.
                model = new SingleThreadMiniLm();
            } catch (RuntimeException | LinkageError e) {
                throw new IllegalStateException("the all-MiniLM-L6-v2 model could not be loaded: " + e.getClass().getName(), e);
            }
            Head head = Head.bundled();
            if (head.in != model.dimension()) {
                throw new IllegalStateException("risk-head.bin expects " + head.in + " dimensions, the model gives "
                        + model.dimension());
            }
            return new EmbeddingRiskClassifier(this, model, head);
        }
    }
}
