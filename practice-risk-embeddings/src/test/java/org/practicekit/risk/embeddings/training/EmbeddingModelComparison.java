package org.practicekit.risk.embeddings.training;

import dev.langchain4j.model.embedding.EmbeddingModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.practicekit.core.messaging.MessageWindows;
import org.practicekit.core.messaging.RiskClassifier;
import org.practicekit.core.messaging.RiskWordingModel;
import org.practicekit.core.messaging.training.CrisisCorpus;

/**
 * Compares sentence-embedding models for the semantic crisis layer on the dev set: a logistic head per
 * model trained on corpora/crisis/train-*.tsv, its dev AUC, and the benign share flagged when the
 * rules, the lexical model and the head together reach a recall target. Tuning aid; never reads the
 * blind sets.
 */
public final class EmbeddingModelComparison {
    public static void main(String[] args) throws Exception {
        Map<String, EmbeddingModel> models = new LinkedHashMap<>();
        models.put("all-minilm-l6-v2-q", new dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel(Runnable::run));
        if (args.length == 0 || !args[0].equals("minilm")) {
            models.put("bge-small-en-v1.5-q", new dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel(Runnable::run));
            models.put("e5-small-v2-q", new dev.langchain4j.model.embedding.onnx.e5smallv2q.E5SmallV2QuantizedEmbeddingModel(Runnable::run));
        }
        List<CrisisCorpus.Example> train = CrisisCorpus.training();
        List<CrisisCorpus.Example> dev = CrisisCorpus.read(CrisisCorpus.file("dev.tsv"));
        RiskWordingModel lexical = RiskWordingModel.bundled();
        RiskClassifier rules = RiskClassifier.standard();
        Path cacheDir = CrisisCorpus.root().resolve("practice-risk-embeddings/target/embedding-cache");
        for (Map.Entry<String, EmbeddingModel> m : models.entrySet()) {
            String prefix = m.getKey().startsWith("e5") ? "query: " : "";
            long t0 = System.nanoTime();
            try (EmbeddingCache cache = new EmbeddingCache(m.getKey(), m.getValue(), cacheDir)) {
                Function<String, float[]> embed = s -> cache.embed(prefix + s);
                List<LogisticHead.Example> data = HeadData.examples(train, embed, lexical);
                LogisticHead head = LogisticHead.train(data, 40, 0.05, 1e-4, 7);
                int hidden = Integer.getInteger("mlp.hidden", 64);
                int epochs = Integer.getInteger("mlp.epochs", 30);
                double rate = Double.parseDouble(System.getProperty("mlp.rate", "0.001"));
                double l2 = Double.parseDouble(System.getProperty("mlp.l2", "1e-4"));
                MlpHead mlp = MlpHead.train(data, hidden, epochs, rate, l2, 7);
                Function<String, float[]> stackedEmbed = s -> stacked(embed.apply(s), lexical.windowProbability(s));
                List<LogisticHead.Example> stackedData = HeadData.examples(train, stackedEmbed, lexical);
                MlpHead stack = MlpHead.train(stackedData, hidden, epochs, rate, l2, 7);
                double[] pm = new double[dev.size()];
                double[] ps = new double[dev.size()];
                double[] pe = new double[dev.size()];
                double[] pl = new double[dev.size()];
                boolean[] pr = new boolean[dev.size()];
                for (int i = 0; i < dev.size(); i++) {
                    String text = dev.get(i).text();
                    pe[i] = HeadData.messageProbability(text, embed, head::probability, lexical, 3);
                    pm[i] = HeadData.messageProbability(text, embed, mlp::probability, lexical, 3);
                    ps[i] = HeadData.messageProbability(text, stackedEmbed, stack::probability, lexical, 3);
                    pl[i] = lexical.probability(text);
                    pr[i] = !org.practicekit.core.messaging.internal.PhraseRiskRules.INSTANCE.find(
                            org.practicekit.core.messaging.internal.MessageText.normalize(text)).isEmpty();
                }
                double secs = (System.nanoTime() - t0) / 1e9;
                System.out.printf(Locale.ROOT, "%s: %d training units, %.0f s; dev AUC head %.4f, lexical %.4f, mean %.4f%n", m.getKey(),
                        data.size(), secs, auc(dev, pe), auc(dev, pl), auc(dev, mean(pe, pl)));
                System.out.printf(Locale.ROOT, "  dev AUC mlp %.4f, stacked mlp %.4f%n", auc(dev, pm), auc(dev, ps));
                for (double target : new double[] {0.98, 0.99, 0.995}) {
                    System.out.printf(Locale.ROOT, "  recall >= %.3f logistic: %s%n", target, bestUnion(dev, pr, pl, pe, target));
                    System.out.printf(Locale.ROOT, "  recall >= %.3f mlp:      %s%n", target, bestUnion(dev, pr, pl, pm, target));
                    System.out.printf(Locale.ROOT, "  recall >= %.3f stacked:  %s%n", target, bestUnion(dev, pr, pl, ps, target));
                }
            }
        }
    }

    static float[] stacked(float[] embedding, double lexicalProbability) {
        float[] out = java.util.Arrays.copyOf(embedding, embedding.length + 1);
        double p = Math.min(Math.max(lexicalProbability, 1e-6), 1 - 1e-6);
        out[embedding.length] = (float) (Math.log(p / (1 - p)) / 4);
        return out;
    }

    static double[] mean(double[] a, double[] b) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = (a[i] + b[i]) / 2;
        }
        return out;
    }

    static double auc(List<CrisisCorpus.Example> set, double[] p) {
        double auc = 0;
        long pairs = 0;
        for (int i = 0; i < set.size(); i++) {
            if (!set.get(i).risk()) {
                continue;
            }
            for (int j = 0; j < set.size(); j++) {
                if (set.get(j).risk()) {
                    continue;
                }
                pairs++;
                auc += p[i] > p[j] ? 1 : p[i] == p[j] ? 0.5 : 0;
            }
        }
        return auc / pairs;
    }

    /** The thresholds for the lexical model and the head that flag the fewest benign messages at the recall target. */
    static String bestUnion(List<CrisisCorpus.Example> set, boolean[] rules, double[] lexical, double[] head, double target) {
        double bestFlag = 2;
        String best = "unreachable";
        int risks = (int) set.stream().filter(CrisisCorpus.Example::risk).count();
        int benign = set.size() - risks;
        for (double tl = 0.01; tl <= 0.99; tl += 0.01) {
            for (double th = 0.01; th <= 1.0; th += 0.01) {
                int tp = 0;
                int fp = 0;
                for (int i = 0; i < set.size(); i++) {
                    boolean hit = rules[i] || lexical[i] >= tl || head[i] >= th;
                    if (hit && set.get(i).risk()) {
                        tp++;
                    } else if (hit) {
                        fp++;
                    }
                }
                double recall = tp / (double) risks;
                double flag = fp / (double) benign;
                if (recall >= target && flag < bestFlag) {
                    bestFlag = flag;
                    best = String.format(Locale.ROOT, "lexical >= %.2f, head >= %.2f: recall %.3f, benign flagged %.3f, precision %.3f",
                            tl, th, recall, flag, tp / (double) (tp + fp));
                }
            }
        }
        return best;
    }
}
