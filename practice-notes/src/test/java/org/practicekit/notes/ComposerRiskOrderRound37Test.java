package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.testing.TestClock;

/**
 * Round 37: at moderate risk or higher the risk items of the prompt, wherever they were typed, are one risk assessment
 * read in the order a reviewer reads it, SI/HI denials with it, each safety action said once; a telehealth client's
 * place is documented as verified for the session. Every dev prompt ({@code corpus/dev-risk-order-r37.jsonl}, our
 * own) is drafted in every format and corpus style ({@code target/dev-risk-order-r37.md}), each draft verified clean.
 */
class ComposerRiskOrderRound37Test {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-risk-order-r37.jsonl");

    private final OfflineNoteDrafter drafter = OfflineNoteDrafter.builder()
            .clock(TestClock.at("2026-12-07T12:00:00Z")).audit(new InMemoryAuditLog()).build();

    @Test
    void writesEveryDevDraftForReadingAndEachPasses() throws IOException {
        StringBuilder flagged = new StringBuilder();
        PromptJson.writeDevDrafts(drafter, DEV, "dev-risk-order-r37", flagged);
        assertThat(flagged.toString()).isEmpty();
    }

    /** The draft of the dev prompt whose id starts with {@code id}, verified clean. */
    NoteDraft draft(String id, NoteFormat format, StyleProfile style) {
        JsonNode c = PromptJson.lines(DEV).stream().filter(x -> x.path("id").asText().startsWith(id)).findFirst()
                .orElseThrow();
        NoteDraft d = drafter.draft(PromptJson.prompt(c, id), format, style);
        assertThat(d.verification().passed()).as(d.verification().report()).isTrue();
        return d;
    }
}
