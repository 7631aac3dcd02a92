package org.practicekit.risk.embeddings.training;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.practicekit.core.messaging.MessageWindows;
import org.practicekit.core.messaging.RiskWordingModel;
import org.practicekit.core.messaging.training.CrisisCorpus;

/** Turns labelled messages into head training examples, window by window. */
final class HeadData {
    private HeadData() {
    }

    /**
     * A short message is one example. A long benign one gives up to six of its windows (weighted so the
     * post counts about as much as one message); a long risk one gives the window the lexical model
     * finds most worrying (multiple-instance learning: which sentence carries the risk is not labelled).
     */
    static List<LogisticHead.Example> examples(List<CrisisCorpus.Example> set, Function<String, float[]> embed,
            RiskWordingModel lexical) {
        List<LogisticHead.Example> out = new ArrayList<>();
        for (CrisisCorpus.Example e : set) {
            List<String> windows = MessageWindows.of(e.text());
            if (windows.size() == 1) {
                out.add(new LogisticHead.Example(embed.apply(windows.get(0)), e.risk() ? 1 : 0, e.risk() ? 1.5 : 1));
            } else if (!e.risk()) {
                int k = Math.min(6, windows.size());
                for (int i = 0; i < k; i++) {
                    String w = windows.get(i * windows.size() / k);
                    out.add(new LogisticHead.Example(embed.apply(w), 0, 1 / Math.sqrt(k)));
                }
            } else {
                String top = windows.stream().max(Comparator.comparingDouble(lexical::windowProbability)).orElseThrow();
                out.add(new LogisticHead.Example(embed.apply(top), 1, 1.5));
            }
        }
        return out;
    }

    /** The highest head probability over the message's {@code k} most worrying windows (by the lexical model). */
    static double messageProbability(String text, Function<String, float[]> embed,
            java.util.function.ToDoubleFunction<float[]> head, RiskWordingModel lexical, int k) {
        List<String> windows = MessageWindows.of(text);
        if (windows.size() > k) {
            windows = new ArrayList<>(windows);
            windows.sort(Comparator.comparingDouble(lexical::windowProbability).reversed());
            windows = windows.subList(0, k);
        }
        double best = 0;
        for (String w : windows) {
            best = Math.max(best, head.applyAsDouble(embed.apply(w)));
        }
        return best;
    }
}
