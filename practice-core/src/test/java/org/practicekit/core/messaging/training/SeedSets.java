package org.practicekit.core.messaging.training;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The project's first labelled sets, written with the phrase rules and kept as training data: the
 * labelled messages of the core tests (RISK or a queue name) and the paraphrases of the embeddings
 * tests (RISK or NONE).
 */
final class SeedSets {
    private SeedSets() {
    }

    static List<CrisisCorpus.Example> labelledMessages() {
        return read(CrisisCorpus.root().resolve("practice-core/src/test/resources/messaging/labelled-messages.tsv"), 2);
    }

    static List<CrisisCorpus.Example> paraphrases() {
        return read(CrisisCorpus.root().resolve("practice-risk-embeddings/src/test/resources/paraphrases.tsv"), 1);
    }

    private static List<CrisisCorpus.Example> read(Path file, int textColumn) {
        try {
            List<CrisisCorpus.Example> out = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                String label = cols[0].equals("RISK") ? "NOW" : "BENIGN";
                out.add(new CrisisCorpus.Example(label, "seed", cols[textColumn], line));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
