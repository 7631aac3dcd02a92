package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.testing.TestClock;

/**
 * Round 29: an intervention's response and focus and a goal's evidence are prose, never a "Response to X:", "Focus of
 * X:" or "Evidence for the goal:" line. Every dev prompt ({@code corpus/dev-lines-r29.jsonl}, written before the change)
 * is drafted in the five formats ({@code target/dev-lines-r29.md}); every draft must pass the verifier, and the counts of
 * the labelled shapes go to {@code target/dev-lines-r29-counts.txt}.
 */
class ComposerLinesProseRound29Test {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-lines-r29.jsonl");

    static final Map<String, Predicate<String>> SHAPES = new LinkedHashMap<>();

    static {
        SHAPES.put("\"Response to\" lines", s -> s.matches("(?:\\*\\*[^*]+\\*\\*\\s*)?(?:[A-Z]: )?Response to [^:]+: .+"));
        SHAPES.put("\"Focus of\" lines", s -> s.matches("(?:\\*\\*[^*]+\\*\\*\\s*)?(?:[A-Z]: )?Focus(?: of [^:]+)?: .+"));
        SHAPES.put("\"Evidence for\" lines", s -> s.matches("(?:\\*\\*[^*]+\\*\\*\\s*)?(?:[A-Z]: )?Evidence(?: for [^:]+)?:.*"));
    }

    @Test
    void everyDevDraftPassesTheVerifier() throws IOException {
        List<String> flagged = ComposerResponseRound24Test.draftAndCount(DEV, "dev-lines-r29", "lines29.before", SHAPES);
        assertThat(flagged).isEmpty();
    }

    /**
     * A step typed as planned keeps its future ("is planned", never "was planned" or a "Response to" line), with its
     * article and its shorthand written out; a changed date is flagged.
     */
    @Test
    void aPlannedStepIsStillToComeAndAChangedDateIsFlagged() {
        OfflineNoteDrafter drafter = OfflineNoteDrafter.builder().clock(TestClock.at("2026-12-04T12:00:00Z"))
                .audit(new InMemoryAuditLog()).build();
        DraftVerifier verifier = DraftVerifier.standard();
        SessionPrompt prompt = null;
        for (com.fasterxml.jackson.databind.JsonNode c : PromptJson.lines(DEV)) {
            if (c.path("id").asText().equals("ln29-05")) {
                prompt = PromptJson.promptOrRefusal(c, new StringBuilder()).orElseThrow();
            }
        }
        // Round 41: a held role after a preposition takes its article ("with the supervisor").
        String sentence = "A trial with the supervisor is planned for 12/9.";
        for (NoteFormat format : NoteFormat.standard()) {
            NoteDraft d = drafter.draft(prompt, format, StyleProfile.defaults());
            assertThat(d.text()).as(format.name()).contains(sentence).doesNotContain("Response to ")
                    .doesNotContain("was planned");
            assertThat(verifier.verify(d).findings()).as(format.name()).isEmpty();
        }
        NoteDraft clean = drafter.draft(prompt, NoteFormat.SOAP, StyleProfile.defaults());
        assertThat(verifier.verify(ComposerLinesRound20Test.replaced(clean, sentence,
                sentence.replace("12/9", "12/19"))).passed()).isFalse();
    }

    /**
     * What a reader notices: no "Response to" line where the response holds a step arranged
     * for later (round 29); the other lines are counted in the counts file (docs/notes.md, "Round 29: response and evidence").
     */
    @Test
    void arrangedStepsLeaveNoLabelledLine() {
        OfflineNoteDrafter drafter = OfflineNoteDrafter.builder().clock(TestClock.at("2026-12-04T12:00:00Z"))
                .audit(new InMemoryAuditLog()).build();
        List<String> lines = new ArrayList<>();
        for (com.fasterxml.jackson.databind.JsonNode c : PromptJson.lines(DEV)) {
            if (!List.of("ln29-05", "ln29-27").contains(c.path("id").asText())) {
                continue;
            }
            SessionPrompt prompt = PromptJson.promptOrRefusal(c, new StringBuilder()).orElseThrow();
            NoteDraft d = drafter.draft(prompt, NoteFormat.SOAP, StyleProfile.defaults());
            for (String line : d.text().split("\n")) {
                String s = line.replaceFirst("^(?:\\*\\*[^*]+\\*\\*\\s*)?(?:[A-Z]: )?", "");
                if (SHAPES.get("\"Response to\" lines").test(s)) {
                    lines.add(c.path("id").asText() + ": " + s);
                }
            }
        }
        assertThat(lines).isEmpty();
    }
}
