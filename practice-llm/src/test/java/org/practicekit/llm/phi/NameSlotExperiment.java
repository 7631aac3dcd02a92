package org.practicekit.llm.phi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.practicekit.llm.phi.PhiCorpus.Gold;
import org.practicekit.llm.phi.PhiCorpus.Negative;
import org.practicekit.llm.phi.PhiCorpus.Snippet;
import org.practicekit.llm.phi.internal.NameSlotReader;
import org.practicekit.llm.phi.internal.NameSlotReader.Candidates;
import org.practicekit.llm.phi.internal.ResidualCheck;

/**
 * Issue 13, round 15: trains the slot reader ({@link NameSlotReader}) on the token model's data (training files and
 * the in-sample corpus, {@link NameModelTraining#data()}; never dev or blind text) and prints, per candidate variant,
 * what it would add to the words that the rules, the token model and the residual check all let through: on held-out
 * training snippets (which choose the threshold: the lowest with precision {@value #PRECISION}) and on each dev file
 * (labels it would newly reach, snippets whose hard negative it would hit, other words). A word inside a PERSON or
 * LOCATION label is a name (organizations are LOCATION in the corpora), outside every label it is not; words inside
 * other labels are left out. Fixed seed and order. Run: {@code java -cp <test class path>
 * org.practicekit.llm.phi.NameSlotExperiment} from practice-llm.
 */
final class NameSlotExperiment {
    static final double PRECISION = 0.97;
    private static final int EPOCHS = 8;
    private static final float RATE = 0.1f;
    private static final float L2 = 1e-6f;
    private static final List<String> DEV = List.of("dev.txt", "dev-names-r15.txt", "dev-names-r11.txt",
            "dev-hardneg-r11.txt", "dev-guard-r12.txt", "dev-guard-r13.txt");

    private NameSlotExperiment() {
    }

    /** One word the rules let through, with its features and label (1 name, 0 not, -1 inside another label). */
    record Word(Snippet snippet, int start, int end, int[] features, int label) {
    }

    static List<Word> words(List<Snippet> snippets, NameSlotReader reader, Candidates which, boolean onlyLeftOver) {
        PatternPhiDetector rules = PatternPhiDetector.builder().denyByDefault(false).build();
        ResidualCheck residual = new ResidualCheck();
        List<Word> out = new ArrayList<>();
        int[] buffer = new int[256];
        for (Snippet s : snippets) {
            String text = s.text();
            List<PhiSpan> covered = new ArrayList<>();
            if (onlyLeftOver) {
                covered.addAll(rules.detect(text));
                covered.addAll(residual.namesToReplace(text));
            }
            for (int[] w : NameSlotReader.words(text)) {
                if (!reader.candidate(text, w[0], w[1], which)
                        || covered.stream().anyMatch(c -> c.start() < w[1] && w[0] < c.end())) {
                    continue;
                }
                int[] n = {0};
                reader.features(text, w[0], w[1], h -> {
                    if (n[0] < buffer.length) {
                        buffer[n[0]++] = h;
                    }
                });
                out.add(new Word(s, w[0], w[1], Arrays.copyOf(buffer, n[0]), label(s, w[0], w[1])));
            }
        }
        return out;
    }

    private static int label(Snippet s, int start, int end) {
        for (Gold g : s.gold()) {
            if (g.start() < end && start < g.end()) {
                return g.type().equals("PERSON") || g.type().equals("LOCATION") ? 1 : -1;
            }
        }
        return 0;
    }

    static float[] train(List<Word> words) {
        float[] w = new float[NameSlotReader.BUCKETS];
        List<Word> examples = new ArrayList<>(words.stream().filter(x -> x.label() >= 0).toList());
        Random random = new Random(15);
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            java.util.Collections.shuffle(examples, random);
            float rate = RATE / (1 + epoch * 0.5f);
            for (Word x : examples) {
                float g = (float) (probability(w, x.features()) - x.label());
                for (int h : x.features()) {
                    w[h] -= rate * (g + L2 * w[h]);
                }
            }
        }
        return w;
    }

    static double probability(float[] w, int[] f) {
        double z = 0;
        for (int h : f) {
            z += w[h];
        }
        return 1 / (1 + Math.exp(-z));
    }

    public static void main(String[] args) {
        List<Snippet> data = NameModelTraining.data();
        List<Snippet> train = new ArrayList<>();
        List<Snippet> held = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            (i % 5 == 4 ? held : train).add(data.get(i));
        }
        NameSlotReader reader = NameSlotReader.withWeights(new float[NameSlotReader.BUCKETS]);
        for (Candidates which : Candidates.values()) {
            float[] split = train(words(train, reader, which, false));
            List<Word> heldOver = words(held, reader, which, true);
            long names = heldOver.stream().filter(x -> x.label() == 1).count();
            double threshold = 0.99;
            String at = "";
            for (int t = 50; t <= 99; t++) {
                int tp = 0;
                int fp = 0;
                for (Word x : heldOver) {
                    if (x.label() >= 0 && probability(split, x.features()) >= t / 100.0) {
                        tp += x.label();
                        fp += 1 - x.label();
                    }
                }
                if (tp + fp > 0 && tp / (double) (tp + fp) >= PRECISION) {
                    threshold = t / 100.0;
                    at = String.format(Locale.ROOT, "precision %.3f, recall %.3f", tp / (double) (tp + fp),
                            tp / (double) Math.max(1, names));
                    break;
                }
            }
            System.out.printf(Locale.ROOT, "%s: held-out words left over %d (names %d); threshold %.2f %s%n", which,
                    heldOver.size(), names, threshold, at.isEmpty() ? "(precision never reached)" : at);
            float[] all = train(words(data, reader, which, false));
            for (String dev : DEV) {
                report(dev, words(PhiCorpus.corpus(dev), reader, which, true), all, threshold);
            }
        }
    }

    private static void report(String dev, List<Word> left, float[] w, double threshold) {
        Set<String> labels = new HashSet<>();
        Set<Integer> negativeSnippets = new HashSet<>();
        int other = 0;
        for (Word x : left) {
            if (probability(w, x.features()) < threshold) {
                continue;
            }
            boolean negative = false;
            for (Negative n : x.snippet().negatives()) {
                negative |= n.start() < x.end() && x.start() < n.end();
            }
            if (x.label() == 1) {
                labels.add(x.snippet().line() + ":" + x.start());
            } else if (negative) {
                negativeSnippets.add(x.snippet().line());
            } else if (x.label() == 0) {
                other++;
            }
        }
        System.out.printf(Locale.ROOT, "  %-22s label words newly reached %3d, snippets with a hard negative hit %3d, "
                + "other words %3d%n", dev, labels.size(), negativeSnippets.size(), other);
    }
}
