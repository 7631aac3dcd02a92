package org.practicekit.core.messaging.training;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.practicekit.core.Sha256;

/**
 * The crisis corpus under {@code corpora/crisis}: TSV lines {@code LABEL TAB kind TAB message}, label
 * NOW, TODAY or BENIGN, line breaks inside a message written as the two characters backslash-n.
 */
public final class CrisisCorpus {
    /** One labelled message. */
    public record Example(String label, String kind, String text, String line) {
        /** NOW or TODAY: a person must read it. */
        public boolean risk() {
            return !label.equals("BENIGN");
        }

        /** NOW: a person must read it at once. */
        public boolean now() {
            return label.equals("NOW");
        }
    }

    private CrisisCorpus() {
    }

    /** The project root: the nearest directory upwards that holds {@code corpora/}. */
    public static Path root() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("corpora"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("no corpora/ directory above " + Path.of("").toAbsolutePath());
        }
        return p;
    }

    /** A file of {@code corpora/crisis}. */
    public static Path file(String name) {
        return root().resolve("corpora").resolve("crisis").resolve(name);
    }

    /** The training files: every {@code train-*.tsv}, in name order. */
    public static List<Example> training() {
        List<Example> out = new ArrayList<>();
        try (var files = Files.list(root().resolve("corpora").resolve("crisis"))) {
            for (Path f : files.filter(f -> f.getFileName().toString().matches("train-.*\\.tsv")).sorted().toList()) {
                out.addAll(read(f));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Reads one corpus file; a blind file leaves out the lines listed in its {@code .seen} file. */
    public static List<Example> read(Path file) {
        try {
            Set<String> seen = new HashSet<>();
            Path seenFile = file.resolveSibling(file.getFileName().toString().replace(".tsv", ".seen"));
            if (Files.exists(seenFile)) {
                for (String l : Files.readAllLines(seenFile, StandardCharsets.UTF_8)) {
                    if (!l.isBlank() && !l.startsWith("#")) {
                        seen.add(l.strip());
                    }
                }
            }
            List<Example> out = new ArrayList<>();
            int number = 0;
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (seen.contains(Sha256.hex(line))) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (cols.length != 3 || !cols[0].matches("NOW|TODAY|BENIGN")) {
                    throw new IllegalStateException(file.getFileName() + ":" + number + " is not LABEL<TAB>kind<TAB>message");
                }
                out.add(new Example(cols[0], cols[1], cols[2].replace("\\n", "\n"), line));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many lines a {@code .seen} file removes from its blind set. */
    public static int seenCount(Path file) {
        Path seenFile = file.resolveSibling(file.getFileName().toString().replace(".tsv", ".seen"));
        try {
            return !Files.exists(seenFile) ? 0 : (int) Files.readAllLines(seenFile).stream()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
