package org.practicekit.llm.phi;

import java.util.List;
import java.util.Locale;
import org.practicekit.llm.phi.PhiCorpus.Snippet;
import org.practicekit.llm.phi.internal.NameTokenModel;

/**
 * Prints the detector's figures with and without the token model, and for a range of thresholds, on the
 * in-sample and dev corpora (a tuning aid: dev picks {@link NameTokenModel#THRESHOLD}); with an argument
 * "seen", also on the spent blind rounds 1 to 5 (seen figures).
 */
final class NameModelReport {
    private NameModelReport() {
    }

    static PhiCorpusEvaluation score(String name, List<Snippet> corpus, NameTokenModel model) {
        return PhiCorpusEvaluation.detector(name, corpus, s -> {
            List<PhiSpan> rules = PatternPhiDetector.builder().tokenModel(false).knownIdentifiers(s.known()).build()
                    .detect(s.text());
            return model == null ? rules : model.addTo(s.text(), rules);
        });
    }

    public static void main(String[] args) {
        if (args.length > 1 && args[0].equals("sweep")) {
            // the second model's threshold on several dev files pooled, the rules read once per snippet
            java.util.List<Snippet> pooled = new java.util.ArrayList<>();
            for (int i = 1; i < args.length; i++) {
                pooled.addAll(PhiCorpus.corpus(args[i]));
            }
            java.util.Map<String, List<PhiSpan>> rules = new java.util.HashMap<>();
            for (double t : new double[] {0.95, 0.98, 0.99, 0.995}) {
                NameTokenModel model = NameTokenModel.shared().withThreshold(t);
                PhiCorpusEvaluation on = PhiCorpusEvaluation.detector("pooled", pooled, s -> model.addTo(s.text(),
                        rules.computeIfAbsent(s.text(), x -> PatternPhiDetector.builder().tokenModel(false)
                                .knownIdentifiers(s.known()).build().detect(s.text()))));
                System.out.println(line("pooled", String.format(Locale.ROOT, "model %.3f", t), on));
            }
            return;
        }
        boolean seen = args.length > 0 && args[0].equals("seen");
        String[] names = seen
                ? new String[] {"in-sample", "dev", "blind-r1", "blind-r2", "blind-r3", "blind-r4", "blind-r5"}
                : new String[] {"in-sample", "dev"};
        for (String name : names) {
            List<Snippet> corpus = name.equals("in-sample") ? PhiCorpus.load() : PhiCorpus.corpus(name + ".txt");
            if (seen) {
                // detector and guard as a practice meets them, with and without the model
                for (boolean model : new boolean[] {false, true}) {
                    PhiCorpusEvaluation e = PhiCorpusEvaluation.detectorAndGuard(name, corpus, model);
                    System.out.println(line(name, model ? "with model" : "rules", e) + String.format(Locale.ROOT,
                            "; guard: %d labels on the wire, %d blocked, hard negative replaced in %.1f %%",
                            e.onWire, e.blocked, 100 * e.guardNegativeRate()));
                    if (model) {
                        e.write("phi-" + name + "-model-report.txt", e.missesReport());
                    }
                }
                continue;
            }
            System.out.println(line(name, "rules", score(name, corpus, null)));
            for (double t : new double[] {0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 0.97, 0.99}) {
                PhiCorpusEvaluation on = score(name, corpus, NameTokenModel.shared().withThreshold(t));
                System.out.println(line(name, String.format(Locale.ROOT, "model %.2f", t), on));
            }
        }
    }

    private static String line(String name, String what, PhiCorpusEvaluation e) {
        return String.format(Locale.ROOT, "%-10s %-11s recall %.3f (PERSON %.3f, LOCATION %.3f), precision %.3f, "
                + "hard negative hit in %d of %d snippets (%.1f %%)", name, what, e.recall("ALL"), e.recall("PERSON"),
                e.recall("LOCATION"), e.precision("ALL"), e.detectorNegativeSnippetsHit, e.negativeSnippets,
                100 * e.detectorNegativeRate());
    }
}
