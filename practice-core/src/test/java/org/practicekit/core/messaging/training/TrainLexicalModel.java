package org.practicekit.core.messaging.training;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.practicekit.core.messaging.internal.LexicalRiskModel;
import org.practicekit.core.messaging.internal.MessageText;
import org.practicekit.core.messaging.internal.PhraseRiskRules;

/**
 * Trains the lexical crisis model that {@code RiskClassifier.standard()} ships: logistic regression
 * (AdaGrad, L2, positives weighted for recall) on {@code corpora/crisis/train-*.tsv} plus the
 * project's older labelled sets, with long posts read window by window (a benign post's windows are
 * all benign; a risk post contributes its highest-scoring window, found by two rounds of
 * multiple-instance training). Thresholds are chosen on {@code corpora/crisis/dev.tsv}; the blind
 * sets are never read. Deterministic: the same corpus gives the same file.
 *
 * <pre>
 * mvn -q -pl practice-core test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.practicekit.core.messaging.training.TrainLexicalModel
 * </pre>
 */
public final class TrainLexicalModel {
    /** Recall the rules and the model together must reach on the dev set at the CONCERN threshold. */
    static final double DEV_RECALL_TARGET = Double.parseDouble(System.getProperty("train.devRecall", "0.98"));
    /** Precision the model alone must reach on the dev set at the HIGH threshold. */
    static final double DEV_HIGH_PRECISION = 0.95;
    static final double POSITIVE_WEIGHT = Double.parseDouble(System.getProperty("train.positiveWeight", "1.5"));
    static final int EPOCHS = Integer.getInteger("train.epochs", 30);
    static final double RATE = Double.parseDouble(System.getProperty("train.rate", "0.2"));
    static final double L2 = Double.parseDouble(System.getProperty("train.l2", "2e-5"));
    static final long SEED = 20261203L;

    private final Map<Long, String> names = new HashMap<>();
    private final Map<Long, Integer> index = new HashMap<>();
    private double[] weights = new double[1 << 16];
    private double[] squares = new double[1 << 16];

    private record Instance(int[] features, double label, double weight) {
    }

    public static void main(String[] args) throws IOException {
        Path out = CrisisCorpus.root().resolve(
                "practice-core/src/main/resources/org/practicekit/core/messaging/internal/risk-lexical-model.txt");
        new TrainLexicalModel().run(args.length > 0 ? Path.of(args[0]) : out);
    }

    void run(Path out) throws IOException {
        List<CrisisCorpus.Example> train = new ArrayList<>(CrisisCorpus.training());
        train.addAll(SeedSets.labelledMessages());
        train.addAll(SeedSets.paraphrases());
        train.sort(Comparator.comparing(CrisisCorpus.Example::line));
        List<CrisisCorpus.Example> dev = CrisisCorpus.read(CrisisCorpus.file("dev.tsv"));

        // Round 0: short messages only; then risk posts add their best window, twice.
        List<Instance> instances = new ArrayList<>();
        List<long[][]> riskPosts = new ArrayList<>();
        for (CrisisCorpus.Example e : train) {
            MessageText.Canonical c = MessageText.canonical(e.text());
            List<int[]> windows = LexicalRiskModel.windows(c);
            if (windows.size() == 1 || !e.risk()) {
                double weight = windows.size() == 1 ? 1 : 1.0 / Math.sqrt(windows.size());
                for (int[] w : windows) {
                    instances.add(new Instance(indexed(features(c, w)), e.risk() ? 1 : 0, weight * (e.risk() ? POSITIVE_WEIGHT : 1)));
                }
            } else {
                long[][] all = new long[windows.size()][];
                for (int i = 0; i < windows.size(); i++) {
                    all[i] = features(c, windows.get(i));
                }
                riskPosts.add(all);
            }
        }
        fit(instances);
        for (int round = 0; round < 2; round++) {
            List<Instance> withPosts = new ArrayList<>(instances);
            for (long[][] post : riskPosts) {
                long[] best = post[0];
                double bestZ = Double.NEGATIVE_INFINITY;
                for (long[] window : post) {
                    double z = logit(indexed(window));
                    if (z > bestZ) {
                        bestZ = z;
                        best = window;
                    }
                }
                withPosts.add(new Instance(indexed(best), 1, POSITIVE_WEIGHT));
            }
            reset();
            fit(withPosts);
        }
        LexicalRiskModel model = toModel();
        Thresholds t = thresholds(model, dev);
        write(out, train.size(), instances.size() + riskPosts.size(), t);
        System.out.printf(Locale.ROOT, "trained on %d messages (%d risk posts read by window); %d weights; "
                + "dev: concern threshold %.3f (recall %.3f, benign flagged %.3f), high threshold %.3f%n",
                train.size(), riskPosts.size(), countWeights(), t.concern, t.recall, t.benignFlagged, t.high);
    }

    private long[] features(MessageText.Canonical c, int[] window) {
        return LexicalRiskModel.features(c.text(), window[0], window[1], names::put);
    }

    private int[] indexed(long[] features) {
        int[] out = new int[features.length];
        for (int i = 0; i < features.length; i++) {
            Integer id = index.get(features[i]);
            if (id == null) {
                id = index.size();
                index.put(features[i], id);
                if (id >= weights.length) {
                    weights = java.util.Arrays.copyOf(weights, weights.length * 2);
                    squares = java.util.Arrays.copyOf(squares, squares.length * 2);
                }
            }
            out[i] = id;
        }
        return out;
    }

    private double logit(int[] features) {
        double z = 0;
        for (int f : features) {
            z += weights[f];
        }
        return z;
    }

    private void reset() {
        java.util.Arrays.fill(weights, 0);
        java.util.Arrays.fill(squares, 0);
    }

    private void fit(List<Instance> instances) {
        Random random = new Random(SEED);
        List<Instance> order = new ArrayList<>(instances);
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            java.util.Collections.shuffle(order, random);
            for (Instance x : order) {
                double p = 1 / (1 + Math.exp(-logit(x.features)));
                double g = (p - x.label) * x.weight;
                for (int f : x.features) {
                    double grad = g + L2 * weights[f];
                    squares[f] += grad * grad;
                    weights[f] -= RATE * grad / (Math.sqrt(squares[f]) + 1e-8);
                }
            }
        }
    }

    private int countWeights() {
        int n = 0;
        for (Map.Entry<Long, Integer> e : index.entrySet()) {
            if (Math.abs(weights[e.getValue()]) >= 1e-3) {
                n++;
            }
        }
        return n;
    }

    private LexicalRiskModel toModel() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, Double> e : namedWeights().entrySet()) {
            sb.append(e.getKey()).append('\t').append(String.format(Locale.ROOT, "%.4f", e.getValue())).append('\n');
        }
        return LexicalRiskModel.read(new java.io.ByteArrayInputStream(sb.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private Map<String, Double> namedWeights() {
        Map<String, Double> out = new TreeMap<>();
        long biasHash = LexicalRiskModel.hash("bias");
        for (Map.Entry<Long, Integer> e : index.entrySet()) {
            double w = weights[e.getValue()];
            if (Math.abs(w) < 1e-3) {
                continue;
            }
            String name = e.getKey() == biasHash ? "bias" : names.get(e.getKey());
            if (name == null) {
                throw new IllegalStateException("unnamed feature " + e.getKey());
            }
            out.put(name, Math.round(w * 10_000) / 10_000.0);
        }
        return out;
    }

    private record Thresholds(double concern, double high, double recall, double benignFlagged) {
    }

    /**
     * The CONCERN threshold: the highest at which rules and model together reach the recall target
     * on dev. The HIGH threshold: the lowest at which the model alone is precise enough on dev.
     */
    /** Per dev message: the model's probability as StandardRiskClassifier uses it, and whether a phrase rule fires. */
    record DevScores(double[] model, boolean[] rules, int risks) {
        static DevScores of(LexicalRiskModel model, List<CrisisCorpus.Example> dev) {
            int n = dev.size();
            double[] p = new double[n];
            boolean[] rules = new boolean[n];
            int risks = 0;
            for (int i = 0; i < n; i++) {
                LexicalRiskModel.Score score = model.score(dev.get(i).text());
                // As StandardRiskClassifier: no escalation without evidence above the base rate.
                p[i] = score.logit() > model.bias() ? score.probability() : 0;
                rules[i] = !PhraseRiskRules.INSTANCE.find(MessageText.normalize(dev.get(i).text())).isEmpty();
                risks += dev.get(i).risk() ? 1 : 0;
            }
            return new DevScores(p, rules, risks);
        }
    }

    private static Thresholds thresholds(LexicalRiskModel model, List<CrisisCorpus.Example> dev) {
        int n = dev.size();
        DevScores scores = DevScores.of(model, dev);
        double[] p = scores.model();
        boolean[] rules = scores.rules();
        int risks = scores.risks();
        double concern = 0.5;
        double recall = 0;
        double flagged = 0;
        for (double t = 0.95; t >= 0.02; t -= 0.005) {
            int tp = 0;
            int fp = 0;
            for (int i = 0; i < n; i++) {
                boolean hit = rules[i] || p[i] >= t;
                if (hit && dev.get(i).risk()) {
                    tp++;
                } else if (hit) {
                    fp++;
                }
            }
            concern = t;
            recall = tp / (double) risks;
            flagged = fp / (double) (n - risks);
            if (recall >= DEV_RECALL_TARGET) {
                break;
            }
        }
        double high = 0.99;
        for (double t = 0.99; t >= concern; t -= 0.005) {
            int tp = 0;
            int all = 0;
            for (int i = 0; i < n; i++) {
                if (p[i] >= t) {
                    all++;
                    tp += dev.get(i).risk() ? 1 : 0;
                }
            }
            if (all > 0 && tp / (double) all < DEV_HIGH_PRECISION) {
                break;
            }
            high = t;
        }
        return new Thresholds(round(concern), round(Math.max(high, concern)), recall, flagged);
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    private void write(Path out, int messages, int units, Thresholds t) throws IOException {
        Files.createDirectories(out.getParent());
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("# PracticeKit lexical crisis model: logistic regression over words, word pairs and the classes of\n");
            w.write("# risk-lexicon.txt. Written by TrainLexicalModel (practice-core test sources) from corpora/crisis\n");
            w.write(String.format(Locale.ROOT, "# train-*.tsv and the seed sets: %d messages, %d training units. Thresholds chosen on dev.tsv.%n",
                    messages, units));
            w.write("# Lines: feature TAB weight; @name TAB value for settings.\n");
            w.write(String.format(Locale.ROOT, "@threshold.concern\t%.3f%n", t.concern));
            w.write(String.format(Locale.ROOT, "@threshold.high\t%.3f%n", t.high));
            for (Map.Entry<String, Double> e : namedWeights().entrySet()) {
                w.write(e.getKey() + "\t" + String.format(Locale.ROOT, "%.4f", e.getValue()) + "\n");
            }
        }
    }
}
