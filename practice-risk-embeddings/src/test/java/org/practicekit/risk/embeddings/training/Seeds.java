package org.practicekit.risk.embeddings.training;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.practicekit.core.messaging.training.CrisisCorpus;

/**
 * The project's first labelled sets, kept as training data for the head: the core tests' labelled
 * messages (RISK or a queue), the embeddings tests' paraphrases (RISK or NONE), and the crisis and
 * ordinary example sentences the earlier similarity classifier used.
 */
final class Seeds {
    private Seeds() {
    }

    static List<CrisisCorpus.Example> all(Path root) {
        List<CrisisCorpus.Example> out = new ArrayList<>();
        out.addAll(tsv(root.resolve("practice-core/src/test/resources/messaging/labelled-messages.tsv"), 2));
        out.addAll(tsv(root.resolve("practice-risk-embeddings/src/test/resources/paraphrases.tsv"), 1));
        out.addAll(lines(root.resolve("practice-risk-embeddings/src/test/resources/crisis-examples.txt"), "NOW"));
        out.addAll(lines(root.resolve("practice-risk-embeddings/src/test/resources/safe-examples.txt"), "BENIGN"));
        return out;
    }

    private static List<CrisisCorpus.Example> tsv(Path file, int textColumn) {
        List<CrisisCorpus.Example> out = new ArrayList<>();
        for (String line : read(file)) {
            String[] cols = line.split("\t");
            out.add(new CrisisCorpus.Example(cols[0].equals("RISK") ? "NOW" : "BENIGN", "seed", cols[textColumn], line));
        }
        return out;
    }

    private static List<CrisisCorpus.Example> lines(Path file, String label) {
        List<CrisisCorpus.Example> out = new ArrayList<>();
        for (String line : read(file)) {
            out.add(new CrisisCorpus.Example(label, "seed", line, label + "\t" + line));
        }
        return out;
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
