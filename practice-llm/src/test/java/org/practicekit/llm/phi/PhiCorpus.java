package org.practicekit.llm.phi;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A labelled PHI corpus, parsed: the in-sample corpus in src/test/resources/phi/therapy-corpus.txt
 * or a file of {@code corpora/phi} (dev, blind rounds). One snippet per line; {@code {{TYPE|text}}}
 * marks PHI, {@code {{TYPE*|text}}} the client's own identifier declared in the {@code @known} line
 * before it (a known block ends at the next blank line), {@code [[text]]} a hard negative: clinical
 * or everyday text that must stay readable.
 */
final class PhiCorpus {
    /** One labelled span; {@code known} when it is the client's own identifier from intake. */
    record Gold(int start, int end, String type, boolean known) {
    }

    /** One hard-negative span: text that must not be pseudonymized. */
    record Negative(int start, int end) {
    }

    /** One snippet: plain text, its labels, its hard negatives and the client's known identifiers. */
    record Snippet(int line, String text, List<Gold> gold, List<Negative> negatives, KnownIdentifiers known) {
    }

    private PhiCorpus() {
    }

    /** The in-sample corpus the detector was first written from. */
    static List<Snippet> load() {
        try (InputStream in = PhiCorpus.class.getResourceAsStream("/phi/therapy-corpus.txt")) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A corpus of {@code corpora/phi}, e.g. "dev.txt". */
    static List<Snippet> corpus(String name) {
        Path file = root().resolve("corpora").resolve("phi").resolve(name);
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The project root: tests run in the module's directory, one below it. */
    static Path root() {
        return Path.of("..").toAbsolutePath().normalize();
    }

    static List<Snippet> parse(String content) {
        List<Snippet> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new java.io.StringReader(content))) {
            String line;
            int number = 0;
            KnownIdentifiers known = KnownIdentifiers.none();
            while ((line = r.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    known = KnownIdentifiers.none(); // a known block ends at the next blank line
                    continue;
                }
                if (line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("@known ")) {
                    known = parseKnown(line.substring(7));
                    continue;
                }
                out.add(parseLine(number, line, known));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static Snippet parseLine(int number, String marked, KnownIdentifiers known) {
        StringBuilder text = new StringBuilder();
        List<Gold> gold = new ArrayList<>();
        List<Negative> negatives = new ArrayList<>();
        int i = 0;
        while (i < marked.length()) {
            int open = marked.indexOf("{{", i);
            int neg = marked.indexOf("[[", i);
            if (open < 0 && neg < 0) {
                text.append(marked, i, marked.length());
                break;
            }
            if (neg >= 0 && (open < 0 || neg < open)) {
                text.append(marked, i, neg);
                int close = marked.indexOf("]]", neg);
                int start = text.length();
                text.append(marked, neg + 2, close);
                negatives.add(new Negative(start, text.length()));
                i = close + 2;
                continue;
            }
            text.append(marked, i, open);
            int bar = marked.indexOf('|', open);
            int close = marked.indexOf("}}", bar);
            String type = marked.substring(open + 2, bar);
            boolean isKnown = type.endsWith("*");
            if (isKnown) {
                type = type.substring(0, type.length() - 1);
            }
            int start = text.length();
            text.append(marked, bar + 1, close);
            gold.add(new Gold(start, text.length(), type, isKnown));
            i = close + 2;
        }
        return new Snippet(number, text.toString(), List.copyOf(gold), List.copyOf(negatives), known);
    }

    private static KnownIdentifiers parseKnown(String spec) {
        KnownIdentifiers.Builder b = KnownIdentifiers.builder();
        for (String part : spec.split(";")) {
            String[] kv = part.strip().split("=", 2);
            String value = kv[1].strip();
            switch (kv[0]) {
                case "name": b.addName(value); break;
                case "date": b.addDate(LocalDate.parse(value)); break;
                case "phone": b.addPhone(value); break;
                case "email": b.addEmail(value); break;
                case "address": b.addAddress(value); break;
                case "id": {
                    String[] typed = value.split(":", 2);
                    b.addIdentifier(typed[0], typed[1]);
                    break;
                }
                default: throw new IllegalArgumentException("unknown known-identifier kind " + kv[0]);
            }
        }
        return b.build();
    }
}
