package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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
 * Round 31b: the client's overall response, composed or kept on an "Overall response:" line, sits where the composed
 * one goes, with the responses and before the risk and diagnosis sentences of its section, in every format (clinician
 * reads r25-r27 asked for it at the start of Response). Every dev prompt ({@code corpus/dev-overall-r31b.jsonl},
 * written before the change, shorthand states joined by ";" or ",", a state and a quotation, two people's states, a
 * state with a parenthesis) is drafted in the five formats ({@code target/dev-overall-r31b.md}); every draft passes the
 * verifier.
 */
class ComposerOverallRound31bTest {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-overall-r31b.jsonl");

    static final Map<String, Predicate<String>> SHAPES = new LinkedHashMap<>();

    static {
        SHAPES.put("\"Overall response\" lines", s -> s.matches("(?:\\*\\*[^*]+\\*\\*\\s*)?(?:[A-Z]: )?"
                + "Overall response: .*"));
    }

    @Test
    void everyDevDraftPassesTheVerifier() throws IOException {
        List<String> flagged = ComposerResponseRound24Test.draftAndCount(DEV, "dev-overall-r31b", "overall31b.before",
                SHAPES);
        assertThat(flagged).isEmpty();
    }

    /** At most the few kept lines (docs/notes.md, "Round 31b: the overall response in its place"). */
    @Test
    void fewDevDraftsKeepAnOverallResponseLine() throws IOException {
        List<String> lines = ComposerResponseRound24Test.keptLines(DEV, "dev-overall-r31b", "overall31b.before",
                SHAPES);
        assertThat(lines.size()).as(String.join("\n", lines)).isLessThanOrEqualTo(MAX_LINES);
    }

    // 32 before (8 prompts x 4 drafted formats): two people's states, a parenthesis after a state, a quotation after a
    // state; round 31b moves them, it does not compose them.
    static final int MAX_LINES = 32;

    /**
     * No sentence drawn from the overall response comes after a risk or diagnosis sentence of its section. At moderate
     * or higher risk the risk documentation opens its section by design (round 24), so there only the diagnosis is
     * checked.
     */
    @Test
    void theOverallResponseComesBeforeRiskAndDiagnosis() {
        OfflineNoteDrafter drafter = OfflineNoteDrafter.builder().clock(TestClock.at("2026-12-04T12:00:00Z"))
                .audit(new InMemoryAuditLog()).build();
        List<String> misplaced = new ArrayList<>();
        for (JsonNode c : PromptJson.lines(DEV)) {
            String id = c.path("id").asText();
            SessionPrompt prompt = PromptJson.prompt(c, id);
            boolean riskFirst = prompt.risk().level().compareTo(ClinicalRiskLevel.MODERATE) >= 0;
            for (NoteFormat format : NoteFormat.standard()) {
                NoteDraft draft;
                try {
                    draft = drafter.draft(prompt, format, StyleProfile.defaults());
                } catch (org.practicekit.core.ValidationException noGoal) {
                    continue;
                }
                for (DraftSection section : draft.sections()) {
                    boolean pastRiskOrDiagnosis = false;
                    for (DraftSentence s : section.sentences()) {
                        boolean fence = s.sources().stream().anyMatch(x -> x.startsWith("diagnoses")
                                || !riskFirst && x.startsWith("risk"));
                        boolean overall = s.sources().contains("clientResponse");
                        if (overall && pastRiskOrDiagnosis && !fence) {
                            misplaced.add(id + " " + format.name() + ": " + s.text());
                        }
                        pastRiskOrDiagnosis |= fence;
                    }
                }
            }
        }
        assertThat(misplaced).isEmpty();
    }

    /** States typed apart ("guarded; irritable") are one sentence; a state changed or added is flagged. */
    @Test
    void statesTypedApartAreOneSentenceAndAChangeIsCaught() {
        assertThat(draft("ov31b-08-semi-neg-adj").text()).contains("The client was guarded and irritable.");
        assertThat(draft("ov31b-06-semi-adj-adj").text()).contains("Overall, the client was open and motivated.");
        // Deny by default: a phrase among the parts keeps them apart.
        assertThat(draft("ov31b-04-semi-two-adj").text()).doesNotContain("engaged and tearful");
        DraftVerifier verifier = DraftVerifier.standard();
        NoteDraft clean = draft("ov31b-08-semi-neg-adj");
        assertThat(verifier.verify(clean).findings()).isEmpty();
        String sentence = "The client was guarded and irritable.";
        for (String changed : List.of("The client was guarded and angry.", "The client was guarded, irritable, and "
                + "hostile.", "The client was calm and irritable.", "The client was not guarded and irritable.")) {
            assertThat(verifier.verify(ComposerLinesRound20Test.replaced(clean, sentence, changed)).passed())
                    .as(changed).isFalse();
        }
    }

    static NoteDraft draft(String id) {
        return KeptWordChanges.soap(DEV, id);
    }
}
