package org.practicekit.llm.phi;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The labelled therapy corpus in src/test/resources/phi/therapy-corpus.txt, parsed. */
final class PhiCorpus {
    /** One labelled span; {@code known} when it is the client's own identifier from intake. */
    record Gold(int start, int end, String type, boolean known) {
    }

    /** One snippet: plain text, its labels and the client's known identifiers. */
    record Snippet(int line, String text, List<Gold> gold, KnownIdentifiers known) {
    }

    private PhiCorpus() {
    }

    static List<Snippet> load() {
        List<Snippet> out = new ArrayList<>();
        try (InputStream in = PhiCorpus.class.getResourceAsStream("/phi/therapy-corpus.txt");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
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
                out.add(parse(number, line, known));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static Snippet parse(int number, String marked, KnownIdentifiers known) {
        StringBuilder text = new StringBuilder();
        List<Gold> gold = new ArrayList<>();
        int i = 0;
        while (i < marked.length()) {
            int open = marked.indexOf("{{", i);
            if (open < 0) {
                text.append(marked, i, marked.length());
                break;
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
        return new Snippet(number, text.toString(), gold, known);
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
