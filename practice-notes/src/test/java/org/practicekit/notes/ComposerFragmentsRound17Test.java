package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.testing.TestClock;

/**
 * Round 17: typed fragments read as what they are (a noun phrase with its date or number, a measurement, a clause,
 * a gerund, a list of different kinds). The dev prompts and the train and dev corpora are drafted in every standard
 * format and corpus style ({@code target/fragments-r17-*.md} for reading); every draft must pass the verifier.
 */
class ComposerFragmentsRound17Test {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-fragments-r17.jsonl");

    private final OfflineNoteDrafter drafter = OfflineNoteDrafter.builder().clock(TestClock.at("2026-12-05T08:00:00Z"))
            .auditLog(new InMemoryAuditLog()).build();

    @Test
    void writesTheDraftsForReading() throws IOException {
        StringBuilder flagged = new StringBuilder();
        for (Path set : List.of(DEV, Path.of("src/test/resources/corpus/prompts.jsonl"),
                Path.of("src/test/resources/corpus/prompts-r2.jsonl"))) {
            StringBuilder out = new StringBuilder();
            PromptJson.draftsForReading(drafter, set, false, out, flagged);
            String name = set.getFileName().toString().replace(".jsonl", "");
            Files.writeString(Path.of("target/fragments-r17-" + name + ".md"), out, StandardCharsets.UTF_8);
        }
        assertThat(flagged.toString()).isEmpty();
    }

    /** The dev prompt {@code id} drafted as SOAP in the default style; the draft must pass the verifier. */
    private NoteDraft soap(String id) throws IOException {
        return PromptJson.verifiedSoap(drafter, DEV, id);
    }
}
