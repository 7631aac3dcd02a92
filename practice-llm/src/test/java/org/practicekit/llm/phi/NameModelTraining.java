package org.practicekit.llm.phi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.practicekit.llm.phi.PhiCorpus.Gold;
import org.practicekit.llm.phi.PhiCorpus.Snippet;
import org.practicekit.llm.phi.internal.NameTokenModel;
import org.practicekit.llm.phi.internal.NameTokens;

/**
 * Trains the token model bundled as {@code name-model.bin}: multinomial logistic regression by stochastic
 * gradient descent over the candidate words of corpora/phi/train-r5-*.txt, train-r6-*.txt, the in-sample corpus
 * and, since round 29, the spent blind sets blind-r1.txt .. blind-rN.txt (text many independent people wrote;
 * spent, so no longer blind: rounds 1 to 27 are in-sample for the model). Never a dev-independent set: r18 to r25
 * choose the threshold, r26 onward are only reported. A word inside a PERSON label is a person, inside a
 * LOCATION label a place, outside every label not PHI; words inside other labels (addresses, dates, ...)
 * are left out, the rules own those. Fixed seed, fixed order, no threads: the same data gives the same
 * bytes. Run with {@code NameModelTrainingTest} and {@code -Dphi.model.write=true} (docs/phi-detection.md).
 */
final class NameModelTraining {
    static final Path RESOURCE = PhiCorpus.root().resolve(
            "practice-llm/src/main/resources/org/practicekit/llm/phi/internal/name-model.bin");
    /** The first model, trained without the blind sets (round 29c keeps it so nothing it found is lost). */
    static final Path TEMPLATES = RESOURCE.resolveSibling("name-model-templates.bin");
    private static final int EPOCHS = 16;
    private static final float RATE = 0.2f;
    private static final float L2 = 1e-6f;

    private NameModelTraining() {
    }

    /**
     * The training snippets: every train-r5 and train-r6 file in name order, the in-sample corpus, then every spent
     * blind set up to {@link #LAST_TRAINED_ROUND} in round order (blind-r1.txt, blind-r2.txt, ...; their -report files hold
     * no snippets).
     */
    static List<Snippet> data() {
        return data(true);
    }

    /**
     * The training snippets of the first model ({@code name-model-templates.bin}, round 28 and before): the
     * train-r files and the in-sample corpus only, exactly as at 625697e.
     */
    static List<Snippet> templateData() {
        return data(false);
    }

    private static List<Snippet> data(boolean blind) {
        List<Snippet> all = new ArrayList<>();
        List<String> names;
        try (Stream<Path> files = Files.list(PhiCorpus.root().resolve("corpora").resolve("phi"))) {
            names = files.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        names.stream().filter(n -> n.startsWith("train-r") && n.endsWith(".txt"))
                .forEach(n -> all.addAll(PhiCorpus.corpus(n)));
        all.addAll(PhiCorpus.load());
        if (!blind) {
            return all;
        }
        names.stream().filter(n -> BLIND.matcher(n).matches())
                .filter(n -> Integer.parseInt(n.replaceAll("\\D", "")) <= LAST_TRAINED_ROUND)
                .sorted(Comparator.comparingInt(n -> Integer.parseInt(n.replaceAll("\\D", ""))))
                .forEach(n -> all.addAll(PhiCorpus.corpus(n)));
        return all;
    }

    /**
     * The last spent blind round the bundled model was trained on. A set unsealed and scored later joins the training
     * only when this is raised and the model retrained in the same commit, so scoring a new round never moves the model.
     */
    static final int LAST_TRAINED_ROUND = 27;

    /** A spent blind set: blind-r7.txt, not blind-r7-report.txt. */
    private static final Pattern BLIND = Pattern.compile("blind-r\\d+\\.txt");

    /** The label of each candidate word and its features. */
    record Examples(List<int[]> features, int[] labels) {
    }

    static Examples examples(List<Snippet> snippets) {
        List<int[]> features = new ArrayList<>();
        int[] labels = new int[1024];
        int[] buffer = new int[NameTokens.maxFeatures()];
        for (Snippet s : snippets) {
            NameTokens t = NameTokens.of(s.text());
            for (int i = 0; i < t.count(); i++) {
                if (!t.candidate(i)) {
                    continue;
                }
                int label = label(s, t.start(i), t.end(i));
                if (label < 0) {
                    continue;
                }
                int n = t.features(i, buffer);
                if (features.size() == labels.length) {
                    labels = Arrays.copyOf(labels, labels.length * 2);
                }
                labels[features.size()] = label;
                features.add(Arrays.copyOf(buffer, n));
            }
        }
        return new Examples(features, Arrays.copyOf(labels, features.size()));
    }

    private static int label(Snippet s, int start, int end) {
        for (Gold g : s.gold()) {
            if (g.start() < end && start < g.end()) {
                return switch (g.type()) {
                    case PhiCategory.PERSON -> NameTokenModel.PERSON;
                    case PhiCategory.LOCATION -> NameTokenModel.PLACE;
                    default -> -1;
                };
            }
        }
        return NameTokenModel.OTHER;
    }

    /** Trained weights; deterministic. */
    static float[] train(Examples ex) {
        float[] w = new float[NameTokens.BUCKETS * NameTokenModel.CLASSES];
        int m = ex.labels().length;
        int[] order = new int[m];
        for (int i = 0; i < m; i++) {
            order[i] = i;
        }
        Random random = new Random(13);
        double[] p = new double[NameTokenModel.CLASSES];
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            for (int i = m - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int tmp = order[i];
                order[i] = order[j];
                order[j] = tmp;
            }
            float rate = RATE / (1 + epoch * 0.5f);
            for (int k : order) {
                int[] f = ex.features().get(k);
                NameTokenModel.probabilities(w, f, f.length, p);
                for (int c = 0; c < NameTokenModel.CLASSES; c++) {
                    float g = (float) (p[c] - (ex.labels()[k] == c ? 1 : 0));
                    for (int feature : f) {
                        int at = feature * NameTokenModel.CLASSES + c;
                        w[at] -= rate * (g + L2 * w[at]);
                    }
                }
            }
        }
        return w;
    }

    /** The bytes of the model trained on {@link #data()}. */
    static byte[] trainedBytes() {
        return NameTokenModel.write(train(examples(data())));
    }

    /** The bytes of the first model, trained on {@link #templateData()}. */
    static byte[] templateBytes() {
        return NameTokenModel.write(train(examples(templateData())));
    }

    /** Writes both trained models to the main resources. */
    public static void main(String[] args) throws IOException {
        byte[] bytes = trainedBytes();
        Files.write(RESOURCE, bytes);
        System.out.println("wrote " + RESOURCE + " (" + bytes.length + " bytes)");
        byte[] first = templateBytes();
        Files.write(TEMPLATES, first);
        System.out.println("wrote " + TEMPLATES + " (" + first.length + " bytes)");
    }
}
