package org.practicekit.core.messaging.training;

import java.util.List;
import java.util.Locale;
import org.practicekit.core.messaging.internal.LexicalRiskModel;
import org.practicekit.core.messaging.internal.MessageText;
import org.practicekit.core.messaging.internal.PhraseRiskRules;

/** Prints dev-set figures for the rules, the lexical model and both (tuning aid; never the blind sets). */
public final class DevReport {
    public static void main(String[] args) throws Exception {
        LexicalRiskModel model = args.length > 0
                ? LexicalRiskModel.read(java.nio.file.Files.newInputStream(java.nio.file.Path.of(args[0])))
                : LexicalRiskModel.bundled();
        List<CrisisCorpus.Example> dev = CrisisCorpus.read(CrisisCorpus.file("dev.tsv"));
        int n = dev.size();
        TrainLexicalModel.DevScores scores = TrainLexicalModel.DevScores.of(model, dev);
        double[] p = scores.model();
        boolean[] rules = scores.rules();
        int risks = scores.risks();
        int rtp = 0;
        int rfp = 0;
        for (int i = 0; i < n; i++) {
            if (rules[i]) {
                if (dev.get(i).risk()) rtp++; else rfp++;
            }
        }
        System.out.printf(Locale.ROOT, "dev %d risk %d benign; rules alone: recall %.3f, benign flagged %.3f%n", risks, n - risks,
                rtp / (double) risks, rfp / (double) (n - risks));
        // AUC of the model
        double auc = 0;
        long pairs = 0;
        for (int i = 0; i < n; i++) {
            if (!dev.get(i).risk()) continue;
            for (int j = 0; j < n; j++) {
                if (dev.get(j).risk()) continue;
                pairs++;
                auc += p[i] > p[j] ? 1 : p[i] == p[j] ? 0.5 : 0;
            }
        }
        System.out.printf(Locale.ROOT, "model AUC %.4f%n", auc / pairs);
        for (double t : new double[] {0.02, 0.04, 0.06, 0.08, 0.1, 0.15, 0.2, 0.3, 0.5, 0.7, 0.9}) {
            int tp = 0, fp = 0, mtp = 0, mfp = 0;
            for (int i = 0; i < n; i++) {
                boolean m = p[i] >= t;
                boolean hit = rules[i] || m;
                if (dev.get(i).risk()) { tp += hit ? 1 : 0; mtp += m ? 1 : 0; } else { fp += hit ? 1 : 0; mfp += m ? 1 : 0; }
            }
            System.out.printf(Locale.ROOT, "t=%.2f model: recall %.3f flagged %.3f | with rules: recall %.3f flagged %.3f precision %.3f%n",
                    t, mtp / (double) risks, mfp / (double) (n - risks), tp / (double) risks, fp / (double) (n - risks),
                    tp / (double) (tp + fp));
        }
        if (args.length > 1) {
            double t = Double.parseDouble(args[1]);
            for (int i = 0; i < n; i++) {
                boolean hit = rules[i] || p[i] >= t;
                if (hit != dev.get(i).risk()) {
                    String text = dev.get(i).text().replace("\n", " ");
                    System.out.printf(Locale.ROOT, "%s %s %.3f %s | %s%n", hit ? "FP" : "FN", dev.get(i).label(), p[i],
                            rules[i] ? "R" : "-", text.length() > 160 ? text.substring(0, 160) : text);
                }
            }
        }
    }
}
