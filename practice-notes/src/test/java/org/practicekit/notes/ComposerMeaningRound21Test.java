package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.testing.TestClock;

/**
 * Round 21: who did it and when. Every dev prompt is drafted in every standard format and corpus style
 * ({@code target/dev-meaning-r21.md}), each draft verified clean, and the sentences of the class counted.
 */
class ComposerMeaningRound21Test {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-meaning-r21.jsonl");

    private final OfflineNoteDrafter drafter = OfflineNoteDrafter.builder()
            .clock(TestClock.at("2026-12-04T12:00:00Z")).audit(new InMemoryAuditLog()).build();

    @Test
    void writesEveryDevDraftForReadingAndEachPasses() throws IOException {
        StringBuilder flagged = new StringBuilder();
        String out = PromptJson.writeDevDrafts(drafter, DEV, "dev-meaning-r21", flagged);
        MeaningCounts counts = MeaningCounts.of(out, DEV);
        Files.writeString(Path.of("target/dev-meaning-r21-counts.txt"), counts.report(), StandardCharsets.UTF_8);
        String before = System.getProperty("r21.before", "");
        if (!before.isEmpty()) {
            // The same count over drafts written before a change, for the docs' before-and-after figures.
            Files.writeString(Path.of("target/dev-meaning-r21-counts-before.txt"), MeaningCounts.of(Files.readString(
                    Path.of(before)), DEV).report(), StandardCharsets.UTF_8);
        }
        assertThat(flagged.toString()).isEmpty();
        assertThat(counts.count("absent client")).as(counts.report()).isZero();
        assertThat(counts.count("child's homework")).as(counts.report()).isZero();
    }

    /** The dev prompt {@code id} with {@code edit} applied, drafted as SOAP in the default style and verified clean. */
    private String soap(String id, Consumer<ObjectNode> edit) {
        for (JsonNode c : PromptJson.lines(DEV)) {
            if (c.path("id").asText().startsWith(id)) {
                ObjectNode copy = c.deepCopy();
                edit.accept((ObjectNode) copy.path("prompt"));
                NoteDraft d = drafter.draft(PromptJson.prompt(copy, id), NoteFormat.SOAP, StyleProfile.defaults());
                assertThat(d.verification().passed()).as(d.verification().report()).isTrue();
                return d.text();
            }
        }
        throw new IllegalArgumentException(id);
    }

    @Test
    void aSessionWithoutTheClientNeverSaysTheClientIsClear() {
        for (String id : List.of("mr24", "mr26")) {
            String t = soap(id, p -> { });
            assertThat(t).contains("The client was not present, so no risk assessment of the client was made this"
                    + " session.").doesNotContain("no current safety concerns for the client")
                    .doesNotContain("no current risk");
        }
        // What the parents reported is still theirs to have said.
        assertThat(soap("mr24", p -> { })).contains("The parents reported no SI");
    }

    @Test
    void aYoungChildsHomeworkIsTheCaregiversWhoCame() {
        assertThat(soap("mr16", p -> { })).contains("For homework, the parents agreed to use 1-2-3 time-out"
                + " consistently.").doesNotContain("the client agreed to use");
        assertThat(soap("mr18", p -> { })).contains("For homework, the grandmother agreed to keep a nightmare log.");
        // A teenager's homework stays the teenager's, with the same caregivers in the room.
        assertThat(soap("mr16", p -> ((ArrayNode) p.path("concerns")).set(0, "14 y/o ADHD, aggression at school")))
                .contains("For homework, the client agreed to use 1-2-3 time-out consistently.");
    }
}
