package org.practicekit.risk.embeddings.training;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.practicekit.core.messaging.RiskClassifier;
import org.practicekit.core.messaging.RiskWordingModel;
import org.practicekit.core.messaging.training.CrisisCorpus;
import org.practicekit.risk.embeddings.EmbeddingRiskClassifier;
import org.practicekit.risk.embeddings.internal.SingleThreadMiniLm;

/**
 * Trains the semantic crisis head that {@link EmbeddingRiskClassifier} ships: a one-hidden-layer
 * perceptron over all-MiniLM-L6-v2 sentence embeddings, on {@code corpora/crisis/train-*.tsv} and the
 * seed sets, window by window (see {@link HeadData}). Thresholds are chosen on
 * {@code corpora/crisis/dev.tsv} for the recommended combination
 * {@code RiskClassifier.combined(RiskClassifier.standard(), EmbeddingRiskClassifier.load())}: the
 * CONCERN threshold flags the fewest dev benign messages while the combination reaches
 * {@link #DEV_RECALL_TARGET}; the HIGH threshold is the lowest at which the head alone is
 * {@link #DEV_HIGH_PRECISION} precise. The blind sets are never read. Deterministic for a given
 * corpus and machine.
 *
 * <pre>
 * mvn -q -pl practice-risk-embeddings -Ptrain-risk-head test-compile exec:java
 * </pre>
 */
public final class TrainRiskHead {
    static final double DEV_RECALL_TARGET = Double.parseDouble(System.getProperty("train.devRecall", "0.995"));
    static final double DEV_HIGH_PRECISION = 0.95;
    static final int HIDDEN = 128;
    static final int EPOCHS = 50;
    static final double RATE = 0.001;
    static final double L2 = 3e-5;
    static final long SEED = 7;
    /** Perceptrons trained from different seeds whose probabilities are averaged: steadier than one. */
    static final int ENSEMBLE = 3;

    public static void main(String[] args) throws IOException {
        Path root = CrisisCorpus.root();
        Path out = args.length > 0 ? Path.of(args[0])
                : root.resolve("practice-risk-embeddings/src/main/resources/org/practicekit/risk/embeddings/risk-head.bin");
        List<CrisisCorpus.Example> train = new ArrayList<>(CrisisCorpus.training());
        train.addAll(Seeds.all(root));
        train.sort(Comparator.comparing(CrisisCorpus.Example::line));
        List<CrisisCorpus.Example> dev = CrisisCorpus.read(CrisisCorpus.file("dev.tsv"));
        RiskWordingModel lexical = RiskWordingModel.bundled();
        SingleThreadMiniLm model = new SingleThreadMiniLm();
        try (EmbeddingCache cache = new EmbeddingCache("all-minilm-l6-v2-q", model,
                root.resolve("practice-risk-embeddings/target/embedding-cache"))) {
            Function<String, float[]> embed = cache::embed;
            List<LogisticHead.Example> data = HeadData.examples(train, embed, lexical);
            List<MlpHead> heads = new ArrayList<>();
            for (int k = 0; k < ENSEMBLE; k++) {
                heads.add(MlpHead.train(data, HIDDEN, EPOCHS, RATE, L2, SEED + k));
            }
            java.util.function.ToDoubleFunction<float[]> head =
                    v -> heads.stream().mapToDouble(h -> h.probability(v)).average().orElseThrow();

            RiskClassifier standard = RiskClassifier.standard();
            double[] p = new double[dev.size()];
            boolean[] std = new boolean[dev.size()];
            for (int i = 0; i < dev.size(); i++) {
                p[i] = HeadData.messageProbability(dev.get(i).text(), embed, head, lexical,
                        EmbeddingRiskClassifier.WINDOWS_EMBEDDED);
                std[i] = standard.assess(dev.get(i).text()).needsHuman();
            }
            double concern = 0.5;
            double bestFlag = 2;
            double recallAtBest = 0;
            int risks = (int) dev.stream().filter(CrisisCorpus.Example::risk).count();
            for (int step = 99; step >= 1; step--) {
                double t = step / 100.0;
                int tp = 0;
                int fp = 0;
                for (int i = 0; i < dev.size(); i++) {
                    boolean hit = std[i] || p[i] >= t;
                    if (hit && dev.get(i).risk()) {
                        tp++;
                    } else if (hit) {
                        fp++;
                    }
                }
                double recall = tp / (double) risks;
                double flag = fp / (double) (dev.size() - risks);
                if (recall >= DEV_RECALL_TARGET && flag < bestFlag) {
                    bestFlag = flag;
                    concern = t;
                    recallAtBest = recall;
                }
            }
            double high = 0.99;
            for (int step = 99; step >= (int) Math.round(concern * 100); step--) {
                double t = step / 100.0;
                int tp = 0;
                int all = 0;
                for (int i = 0; i < dev.size(); i++) {
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
            write(out, heads, concern, Math.max(high, concern), train.size(), data.size());
            System.out.printf(Locale.ROOT, "%d heads %d-%d-1 on %d messages (%d units); dev with standard(): concern %.2f "
                    + "(recall %.3f, benign flagged %.3f), high %.2f%n", heads.size(), heads.get(0).in, HIDDEN, train.size(),
                    data.size(), concern, recallAtBest, bestFlag, high);
        }
    }

    /**
     * The format {@code EmbeddingRiskClassifier} reads: magic, version 2, input size, hidden size, number
     * of perceptrons, thresholds, corpus sizes, then each perceptron's weights as floats.
     */
    static void write(Path out, List<MlpHead> heads, double concern, double high, int messages, int units) throws IOException {
        Files.createDirectories(out.getParent());
        try (DataOutputStream o = new DataOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(out)))) {
            o.writeInt(0x504B5248); // "PKRH"
            o.writeInt(2);
            o.writeInt(heads.get(0).in);
            o.writeInt(heads.get(0).hidden);
            o.writeInt(heads.size());
            o.writeFloat((float) concern);
            o.writeFloat((float) high);
            o.writeInt(messages);
            o.writeInt(units);
            for (MlpHead head : heads) {
                writeOne(o, head);
            }
        }
    }

    private static void writeOne(DataOutputStream o, MlpHead head) throws IOException {
        for (int j = 0; j < head.hidden; j++) {
            for (int i = 0; i < head.in; i++) {
                o.writeFloat((float) head.w1[j][i]);
            }
        }
        for (int j = 0; j < head.hidden; j++) {
            o.writeFloat((float) head.b1[j]);
        }
        for (int j = 0; j < head.hidden; j++) {
            o.writeFloat((float) head.w2[j]);
        }
        o.writeFloat((float) head.b2);
    }
}
