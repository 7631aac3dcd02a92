package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.testing.TestClock;

/**
 * Round 18: the builder refuses only what cannot be written. Counts the refusals of the train, dev, spent and
 * independent sets ({@code target/refusals-r18-counts.txt} for docs/notes.md) and drafts this round's dev file for
 * reading ({@code target/refusals-r18-dev-refusals-r18.md}); every accepted draft must pass the verifier.
 */
class SessionPromptRefusalsRound18Test {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-refusals-r18.jsonl");

    private final OfflineNoteDrafter drafter = OfflineNoteDrafter.builder().clock(TestClock.at("2026-12-05T03:00:00Z"))
            .auditLog(new InMemoryAuditLog()).build();

    @Test
    void countsRefusalsAndDraftsTheDevFileClean() throws IOException {
        writeRefusalCounts(Path.of("target/refusals-r18-counts.txt"), Path.of("../corpora/notes/dev-independent-r18.jsonl"));
        String flagged = PromptJson.writeDraftsForReading(drafter, "refusals-r18", DEV);
        assertThat(flagged.strip()).isEmpty();
    }

    /** Writes to {@code out} how many prompts of every corpus file and of {@code independent} the builder refuses, and why. */
    static void writeRefusalCounts(Path out, Path... independent) throws IOException {
        List<Path> sets = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/corpus"))) {
            files.filter(f -> f.getFileName().toString().endsWith(".jsonl")).sorted().forEach(sets::add);
        }
        sets.addAll(List.of(independent));
        StringBuilder counts = new StringBuilder();
        for (Path set : sets) {
            StringBuilder why = new StringBuilder();
            List<JsonNode> cases = PromptJson.lines(set);
            int refused = 0;
            for (JsonNode c : cases) {
                refused += PromptJson.promptOrRefusal(c, why).isEmpty() ? 1 : 0;
            }
            counts.append("refused ").append(set.getFileName()).append(": ").append(refused).append(" of ")
                    .append(cases.size()).append('\n').append(why.toString().replaceAll("(?m)^(?=.)", "    "));
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(out, counts, StandardCharsets.UTF_8);
    }

    @Test
    void aQuotationOfSeveralSentencesIsTheClientsOwnWords() throws IOException {
        String text = PromptJson.verifiedSoap(drafter, DEV, "r18-01-quote-two-sentences").text();
        assertThat(text).contains("The client stated, \"I gave it everything. I don't know what's next.\"")
                .doesNotContain("this clinician gave");
        assertThat(PromptJson.verifiedSoap(drafter, DEV, "r18-04-quote-three-sentences").text())
                .contains("The client stated, \"I'm fine. Really. I just don't sleep.\"");
    }

    @Test
    void narcoticsAnonymousBesideOtherFactorsIsAProtectiveFactor() throws IOException {
        assertThat(PromptJson.verifiedSoap(drafter, DEV, "r18-21-na-program").text())
                .contains("Protective factors included the client's aunt, CM program, and NA.");
    }

    @Test
    void refusesWhatNoSentenceCanBeWrittenFrom() {
        for (String id : List.of("r18-08-clinician-i-outside", "r18-11-clinician-i-mse", "r18-17-question-is",
                "r18-19-question-what", "r18-20-question-should", "r18-24-filler-na-lower", "r18-25-filler-na-alone",
                "r18-26-filler-none-in-list", "r18-27-filler-na-slash")) {
            JsonNode c = PromptJson.lines(DEV).stream().filter(x -> x.path("id").asText().equals(id)).findFirst()
                    .orElseThrow();
            StringBuilder why = new StringBuilder();
            assertThat(PromptJson.promptOrRefusal(c, why)).as(id).isEmpty();
            assertThat(why.toString()).as(id).containsAnyOf("clinician speaking", "is a question", "filler");
        }
    }
}
