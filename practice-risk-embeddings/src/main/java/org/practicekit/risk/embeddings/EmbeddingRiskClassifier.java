package org.practicekit.risk.embeddings;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.practicekit.core.messaging.RiskAssessment;
import org.practicekit.core.messaging.RiskCategory;
import org.practicekit.core.messaging.RiskClassifier;
import org.practicekit.core.messaging.RiskIndicator;

/**
 * Flags a message whose meaning is close to crisis language even when none of the phrase rules'
 * words appear ("soon I won't be a problem for anyone"). Each sentence (and the whole message) is
 * embedded with all-MiniLM-L6-v2 and compared by cosine similarity with crisis examples and with
 * ordinary examples (idioms, scheduling, "I would never hurt myself"); a sentence is flagged when it
 * is at least {@code threshold} similar to a crisis example and {@code margin} closer to it than to
 * any ordinary one.
 *
 * <p>Use it beside the rules, never instead of them:
 * {@code RiskClassifier.combined(RiskClassifier.standard(), EmbeddingRiskClassifier.load())}, so a
 * rules hit can never be overruled to {@code NONE}. Loading takes a second or two and about 100 MB;
 * build it once and share it. Thread-safe; runs in the caller's thread; logs nothing.
 */
public final class EmbeddingRiskClassifier implements RiskClassifier {
    /** Default similarity a sentence needs to a crisis example. */
    public static final double DEFAULT_THRESHOLD = 0.50;
    /** Default lead the crisis similarity needs over the closest ordinary example. */
    public static final double DEFAULT_MARGIN = 0.05;

    private static final Pattern SENTENCES = Pattern.compile("(?<=[.!?;\\n])\\s+|\\s+(?:but|pero)\\s+");

    private final EmbeddingModel model;
    private final List<String> crisisExamples;
    private final List<float[]> crisis;
    private final List<float[]> safe;
    private final double threshold;
    private final double margin;

    private EmbeddingRiskClassifier(Builder b, EmbeddingModel model) {
        this.model = model;
        this.threshold = b.threshold;
        this.margin = b.margin;
        this.crisisExamples = List.copyOf(b.crisis);
        this.crisis = embedAll(model, b.crisis);
        this.safe = embedAll(model, b.safe);
    }

    /** The bundled model with the bundled examples and default thresholds. */
    public static EmbeddingRiskClassifier load() {
        return builder().build();
    }

    /** Starts from the bundled examples and default thresholds. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public RiskAssessment assess(String message) {
        Match m = closest(message);
        if (m.similarity < threshold) {
            return RiskAssessment.none();
        }
        String rule = String.format(Locale.ROOT, "embedding.minilm %.2f to \"%s\"", m.similarity, m.example);
        return RiskAssessment.of(List.of(RiskIndicator.of(RiskCategory.RESEMBLES_CRISIS_LANGUAGE, rule, m.unit)));
    }

    /** The best crisis similarity among the message's sentences that lead the ordinary examples by the margin. */
    double similarity(String message) {
        return closest(message).similarity;
    }

    private static final class Match {
        final double similarity;
        final String unit;
        final String example;

        Match(double similarity, String unit, String example) {
            this.similarity = similarity;
            this.unit = unit;
            this.example = example;
        }
    }

    private Match closest(String message) {
        Objects.requireNonNull(message, "message == null");
        String text = message.strip();
        Match best = new Match(0, "", "");
        if (text.isEmpty()) {
            return best;
        }
        List<String> units = new ArrayList<>();
        units.add(text);
        for (String s : SENTENCES.split(text)) {
            if (!s.isBlank() && !s.strip().equals(text) && s.strip().length() >= 8) {
                units.add(s.strip());
            }
        }
        for (String unit : units) {
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
            if (c >= o + margin && c > best.similarity) {
                best = new Match(c, unit, crisisExamples.get(ci));
            }
        }
        return best;
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

    private static List<String> resourceLines(String name) {
        try (InputStream in = EmbeddingRiskClassifier.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled resource " + name);
            }
            List<String> out = new ArrayList<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        out.add(line.strip());
                    }
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Builds an {@link EmbeddingRiskClassifier}; {@link #build()} loads the model. */
    public static final class Builder {
        private double threshold = DEFAULT_THRESHOLD;
        private double margin = DEFAULT_MARGIN;
        private final List<String> crisis = new ArrayList<>(resourceLines("crisis-examples.txt"));
        private final List<String> safe = new ArrayList<>(resourceLines("safe-examples.txt"));

        private Builder() {
        }

        /** Similarity a sentence needs to a crisis example, in (0, 1). Lower catches more and alarms more. */
        public Builder threshold(double threshold) {
            if (!(threshold > 0 && threshold < 1)) {
                throw new IllegalArgumentException("threshold must be in (0, 1)");
            }
            this.threshold = threshold;
            return this;
        }

        /** Lead the crisis similarity needs over the closest ordinary example, in [0, 1). */
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

        /** Adds an ordinary message the practice sees often and does not want flagged. */
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
         * Loads the model from its jar and embeds the examples. Throws {@link IllegalStateException}
         * when the ONNX runtime or the model cannot be loaded on this platform.
         */
        public EmbeddingRiskClassifier build() {
            EmbeddingModel model;
            try {
                // A direct executor: the model never starts threads of its own.
                model = new AllMiniLmL6V2QuantizedEmbeddingModel(Runnable::run);
            } catch (RuntimeException | LinkageError e) {
                throw new IllegalStateException("the all-MiniLM-L6-v2 model could not be loaded: " + e.getClass().getName(), e);
            }
            return new EmbeddingRiskClassifier(this, model);
        }
    }
}
