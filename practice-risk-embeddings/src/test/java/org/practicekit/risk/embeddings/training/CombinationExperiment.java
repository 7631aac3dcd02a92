package org.practicekit.risk.embeddings.training;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.practicekit.core.messaging.RiskClassifier;
import org.practicekit.core.messaging.RiskWordingModel;
import org.practicekit.core.messaging.training.CrisisCorpus;

/** Dev-set comparison of ways to turn the head and the lexical model into the semantic layer's decision. */
public final class CombinationExperiment {
    public static void main(String[] args) throws Exception {
        var root = CrisisCorpus.root();
        List<CrisisCorpus.Example> train = new ArrayList<>(CrisisCorpus.training());
        train.addAll(Seeds.all(root));
        train.sort(Comparator.comparing(CrisisCorpus.Example::line));
        List<CrisisCorpus.Example> dev = CrisisCorpus.read(CrisisCorpus.file("dev.tsv"));
        RiskWordingModel lexical = RiskWordingModel.bundled();
        try (EmbeddingCache cache = new EmbeddingCache("all-minilm-l6-v2-q", new AllMiniLmL6V2QuantizedEmbeddingModel(Runnable::run),
                root.resolve("practice-risk-embeddings/target/embedding-cache"))) {
            Function<String, float[]> embed = cache::embed;
            List<LogisticHead.Example> data = HeadData.examples(train, embed, lexical);
            int seeds = Integer.getInteger("seeds", 1);
            List<MlpHead> heads = new ArrayList<>();
            for (int s = 0; s < seeds; s++) {
                heads.add(MlpHead.train(data, TrainRiskHead.HIDDEN, TrainRiskHead.EPOCHS, TrainRiskHead.RATE, TrainRiskHead.L2,
                        TrainRiskHead.SEED + s));
            }
            java.util.function.ToDoubleFunction<float[]> head = v -> heads.stream().mapToDouble(h -> h.probability(v)).average().orElseThrow();
            RiskClassifier standard = RiskClassifier.standard();
            int n = dev.size();
            double[] ph = new double[n];
            double[] pl = new double[n];
            double[] mean = new double[n];
            boolean[] std = new boolean[n];
            for (int i = 0; i < n; i++) {
                String t = dev.get(i).text();
                ph[i] = HeadData.messageProbability(t, embed, head, lexical, 3);
                pl[i] = lexical.probability(t);
                mean[i] = (ph[i] + pl[i]) / 2;
                std[i] = standard.assess(t).needsHuman();
            }
            System.out.printf(Locale.ROOT, "seeds %d: AUC head %.4f, mean %.4f%n", seeds,
                    EmbeddingModelComparison.auc(dev, ph), EmbeddingModelComparison.auc(dev, mean));
            for (double target : new double[] {0.995, 0.998, 1.0}) {
                System.out.printf(Locale.ROOT, "  target %.3f head: %s%n", target, best(dev, std, ph, target));
                System.out.printf(Locale.ROOT, "  target %.3f mean: %s%n", target, best(dev, std, mean, target));
            }
        }
    }

    static String best(List<CrisisCorpus.Example> dev, boolean[] std, double[] p, double target) {
        int risks = (int) dev.stream().filter(CrisisCorpus.Example::risk).count();
        String out = "unreachable";
        double bestFlag = 2;
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
            if (recall >= target && flag < bestFlag) {
                bestFlag = flag;
                out = String.format(Locale.ROOT, "t %.2f recall %.3f flagged %.3f precision %.3f", t, recall, flag,
                        tp / (double) (tp + fp));
            }
        }
        return out;
    }
}
