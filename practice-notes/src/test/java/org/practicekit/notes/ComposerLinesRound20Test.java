package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.testing.TestClock;

/**
 * Round 20: a goal's evidence beside its rating, and the remaining labelled lines. The dev prompts of rounds 16 to 20
 * are drafted in every standard format and corpus style for reading ({@code target/lines-r20-*.md}) with their labelled
 * lines counted ({@code target/lines-r20-counts.txt}); every draft must pass the verifier.
 */
class ComposerLinesRound20Test {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-lines-r20.jsonl");

    private final DraftVerifier verifier = DraftVerifier.standard();
    private final OfflineNoteDrafter drafter = OfflineNoteDrafter.builder().clock(TestClock.at("2026-12-05T03:00:00Z"))
            .auditLog(new InMemoryAuditLog()).build();

    @Test
    void writesTheDraftsForReadingAndCountsLabelledLines() throws IOException {
        StringBuilder flagged = new StringBuilder();
        StringBuilder counts = ComposerLinesRound16Test.counts(drafter, List.of(DEV, ComposerLinesRound19Test.DEV,
                ComposerLinesRound18Test.DEV, ComposerLinesRound16Test.DEV,
                Path.of("src/test/resources/corpus/dev-evidence-r19.jsonl")), "lines-r20-", flagged);
        Files.writeString(Path.of("target/lines-r20-counts.txt"), counts, StandardCharsets.UTF_8);
        // "n/a this week" as goal evidence is flagged as filler and not refused at build(): left alone (round 16).
        assertThat(flagged.toString().replaceAll("(?m)^l16-18-two-goals .*\n(?:FILLER_TEXT .*\n)+", "").strip())
                .isEmpty();
    }

    /** A goal's evidence typed as what was counted closes the sentence that rates the goal, in every format. */
    @Test
    void evidenceClosesTheSentenceThatRatesItsGoal() {
        SessionPrompt mom = prompt("l20-03-mom-report-teen");
        SessionPrompt twoGoals = prompt("l20-07-panic-count-two-goals");
        for (NoteFormat format : NoteFormat.standard()) {
            NoteDraft d = drafter.draft(mom, format, StyleProfile.defaults());
            assertThat(d.text()).contains("This rating is based on 3 of 5 school days attended, per mom.")
                    .doesNotContain("Evidence for the goal:");
            assertThat(verifier.verify(d).findings()).isEmpty();
        }
        NoteDraft soap = drafter.draft(twoGoals, NoteFormat.SOAP, StyleProfile.defaults());
        assertThat(soap.text()).contains("The client made steady progress toward the goal of fewer panic attacks.")
                .contains("This rating is based on 2 attacks this week, down from 5.");
        assertThat(verifier.verify(soap).findings()).isEmpty();
    }

    /**
     * The copy after the hand-over is compared with its field, and the composer's words before it are still read: the
     * mother's report given to the father, a count changed, or a person put before the hand-over, is flagged.
     */
    @Test
    void aChangeBeforeOrAfterTheHandOverIsFlagged() {
        NoteDraft clean = drafter.draft(prompt("l20-03-mom-report-teen"), NoteFormat.SOAP, StyleProfile.defaults());
        // Round 24: the evidence has its own sentence after the rating; both are read.
        String sentence = "This rating is based on 3 of 5 school days attended, per mom.";
        String rating = "The client made steady progress toward the goal of fewer school refusals.";
        for (String changed : List.of(sentence.replace("per mom", "per dad"), sentence.replace("3 of 5", "4 of 5"))) {
            NoteDraft bad = replaced(clean, sentence, changed);
            assertThat(verifier.verify(bad).passed()).as(changed).isFalse();
        }
        String changed = rating.replace("The client made", "The client and Marcus made");
        assertThat(verifier.verify(replaced(clean, rating, changed)).passed()).as(changed).isFalse();
    }

    /** The draft with {@code sentence} replaced by {@code changed}, to plant an error where the composer wrote it. */
    static NoteDraft replaced(NoteDraft draft, String sentence, String changed) {
        for (int i = 0; i < draft.sections().size(); i++) {
            List<DraftSentence> sentences = draft.sections().get(i).sentences();
            for (int j = 0; j < sentences.size(); j++) {
                if (sentences.get(j).text().equals(sentence)) {
                    return VerifierProseRound17Test.with(draft, i, j, changed);
                }
            }
        }
        throw new AssertionError("not drafted: " + sentence);
    }

    private static SessionPrompt prompt(String id) {
        for (JsonNode c : PromptJson.lines(DEV)) {
            if (c.path("id").asText().equals(id)) {
                Optional<SessionPrompt> read = PromptJson.promptOrRefusal(c, new StringBuilder());
                return read.orElseThrow();
            }
        }
        throw new AssertionError(id);
    }
}
