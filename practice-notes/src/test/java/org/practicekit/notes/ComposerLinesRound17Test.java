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
import org.practicekit.notes.internal.PromptSources;
import org.practicekit.testing.TestClock;

/**
 * Round 17: round 16's labelled lines closed into sentences, now that the verifier reads the typed words where those
 * sentences hand over to them: an intervention's focus after "focused on", "with a focus on", "on" or "for", its
 * response after "In response, " or "During this work, ", a goal's evidence after its progress sentence's colon.
 */
class ComposerLinesRound17Test {
    private static final List<Path> SETS = List.of(ComposerLinesRound16Test.DEV, VerifierProseRound17Test.DEV,
            Path.of("src/test/resources/corpus/prompts.jsonl"));
    /** The hand-overs this round adds to round 17's colon, "focused on" and "included". */
    private static final List<String> LEADS = List.of("in response, ", "during this work, ", " with a focus on ",
            " targeting ", " on ", " for ", " as evidenced by ");

    private final OfflineNoteDrafter drafter = OfflineNoteDrafter.builder().clock(TestClock.at("2026-12-05T03:00:00Z"))
            .auditLog(new InMemoryAuditLog()).build();
    private final DraftVerifier verifier = DraftVerifier.standard();

    @Test
    void theClosedSentencesReadAsAClinicianWritesThemAndPassTheVerifier() throws IOException {
        Path dev = ComposerLinesRound16Test.DEV;
        assertThat(PromptJson.verifiedSoap(drafter, dev, "l16-02-evidence-down-from").text()).contains("The client made"
                + " steady progress toward the goal of reducing panic attacks to fewer than 2 a week: two attacks this"
                + " week, down from five.").doesNotContain("Evidence for");
        assertThat(PromptJson.verifiedSoap(drafter, dev, "l16-03-resp-shorthand").text())
                .contains("This clinician used cognitive restructuring focused on job review worries.")
                .doesNotContain("Focus of");
        assertThat(PromptJson.verifiedSoap(drafter, dev, "l16-04-resp-arrow").text())
                .contains("In response, the client rated SUDS at 7 and then at 4 after 3 rounds.")
                .doesNotContain("Response to");
        assertThat(PromptJson.verifiedSoap(drafter, dev, "l16-26-group-focus").text())
                .contains("Presenting concerns included relapse triggers and loneliness.")
                .doesNotContain("Presenting concerns:");
    }

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
                    Map<String, String> fields = PromptSources.of(read.get());
                    for (int k = 0; k < read.get().interventions().size(); k++) {
                        Intervention in = read.get().interventions().get(k);
                        fields.put("interventions[" + k + "]", in.focus() + " | " + in.response());
                    }
                    for (int k = 0; k < read.get().goals().size(); k++) {
                        GoalProgress g = read.get().goals().get(k);
                        fields.put("goals[" + k + "]", g.goal() + " | " + g.evidence());
                    }
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
