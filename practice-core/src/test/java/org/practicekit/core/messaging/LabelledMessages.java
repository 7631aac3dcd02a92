package org.practicekit.core.messaging;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The labelled message set under test resources, read once per test class. */
final class LabelledMessages {
    /** One labelled message. */
    record Labelled(String label, String tags, String text) {
        boolean risk() {
            return label.equals("RISK");
        }
    }

    private LabelledMessages() {
    }

    static List<Labelled> load() {
        try (InputStream in = LabelledMessages.class.getResourceAsStream("/messaging/labelled-messages.tsv");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<Labelled> out = new ArrayList<>();
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", 3);
                if (cols.length != 3) {
                    throw new IllegalStateException("bad labelled line: " + line);
                }
                out.add(new Labelled(cols[0], cols[1], cols[2]));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
