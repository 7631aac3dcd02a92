package org.practicekit.notes;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The grammar-gate corpus prompts ({@code corpus/prompts.jsonl} and {@code prompts-r2.jsonl}) read from the
 * class path, with the format each was written for: shared with the benchmarks, which draft a different real prompt
 * on every call.
 */
public final class CorpusPrompts {
    /** One corpus prompt and the format its writer asked for. */
    public record Entry(String id, SessionPrompt prompt, NoteFormat format) {
    }

    private CorpusPrompts() {
    }

    /** Every prompt of both grammar-gate corpora that the builder accepts. */
    public static List<Entry> grammarCorpus() {
        List<Entry> out = new ArrayList<>();
        for (String resource : List.of("/corpus/prompts.jsonl", "/corpus/prompts-r2.jsonl")) {
            try (InputStream in = CorpusPrompts.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException(resource + " is not on the class path");
                }
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    if (line.isBlank()) {
                        continue;
                    }
                    JsonNode c = PromptJson.JSON.readTree(line);
                    String id = c.path("id").asText();
                    try {
                        out.add(new Entry(id, PromptJson.prompt(c, id), PromptJson.format(c)));
                    } catch (RuntimeException rejected) {
                        // A prompt the builder refuses has no draft to measure.
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return List.copyOf(out);
    }
}
