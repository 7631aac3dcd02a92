package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.testing.TestClock;

/**
 * Round 17: the verifier reads typed words where a sentence hands over to an intervention's focus ("with a focus on",
 * "targeting", "for", "on"), its response ("In response, ", "During this work, ") or a goal's evidence ("as evidenced
 * by", "with"), as well as after a colon, "focused on" and "included": a word swapped, a "not" put in or a clause added
 * inside the copied words is flagged. Planted in the SOAP and DAP drafts of both dev files and the train corpus.
 */
class VerifierLinesRound17Test {
    private static final List<Path> SETS = List.of(ComposerLinesRound16Test.DEV, VerifierProseRound17Test.DEV,
            Path.of("src/test/resources/corpus/prompts.jsonl"));
    /** The hand-overs this round adds to round 17's colon, "focused on" and "included". */
    private static final List<String> LEADS = List.of("in response, ", "during this work, ", " with a focus on ",
            " targeting ", " on ", " for ", " as evidenced by ");

    private final OfflineNoteDrafter drafter = OfflineNoteDrafter.builder().clock(TestClock.at("2026-12-05T03:00:00Z"))
            .auditLog(new InMemoryAuditLog()).build();
    private final DraftVerifier verifier = DraftVerifier.standard();

    @Test
    void aChangeInsideAFocusResponseOrEvidenceWovenIntoASentenceIsFlagged() throws IOException {
        int planted = 0;
        int caught = 0;
        StringBuilder missed = new StringBuilder();
        for (Path set : SETS) {
            for (JsonNode c : PromptJson.lines(set)) {
                Optional<SessionPrompt> read = PromptJson.promptOrRefusal(c, new StringBuilder());
                if (read.isEmpty()) {
                    continue;
                }
                for (NoteFormat format : List.of(NoteFormat.SOAP, NoteFormat.DAP)) {
                    NoteDraft clean = drafter.draft(read.get(), format, StyleProfile.defaults());
                    Map<String, String> fields = VerifierProseRound17Test.typedFields(read.get());
                    for (NoteDraft bad : VerifierProseRound17Test.plants(clean, fields, LEADS,
                            key -> key.startsWith("interventions[") || key.startsWith("goals["))) {
                        planted++;
                        if (!verifier.verify(bad).passed()) {
                            caught++;
                        } else {
                            missed.append(c.path("id").asText()).append(": ")
                                    .append(VerifierProseRound17Test.changedSentence(clean, bad)).append('\n');
                        }
                    }
                }
            }
        }
        String report = "planted " + planted + ", caught " + caught + "\n" + missed;
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/lines-r17-planted.txt"), report, StandardCharsets.UTF_8);
        assertThat(planted).as(report).isGreaterThanOrEqualTo(100);
        assertThat(caught * 100).as(report).isGreaterThanOrEqualTo(planted * 90);
    }
}
