package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.testing.TestClock;

/**
 * Round 27: a clean draft stays clean when the clinician types modals, tenses, plurals, sources ("per", "according
 * to"), attendance ("with X present", "co-led by"), reporting verbs ("admits", "endorses", "states"), quotes and
 * shorthand. Every dev prompt ({@code dev-clean-stays-clean-r27.jsonl}) is drafted in every standard format and corpus
 * style ({@code target/dev-clean-stays-clean-r27.md}) and run as a planted-error set
 * ({@code target/dev-clean-stays-clean-r27.txt}): its clean drafts pass, and each class changed to a real error (another
 * lemma, a negation, a number, an actor) is caught.
 */
class VerifierCleanStaysCleanRound27Test {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-clean-stays-clean-r27.jsonl");

    private final OfflineNoteDrafter drafter = OfflineNoteDrafter.builder()
            .clock(TestClock.at("2026-12-07T12:00:00Z")).audit(new InMemoryAuditLog()).build();

    @Test
    void writesEveryDevDraftForReading() throws IOException {
        StringBuilder flagged = new StringBuilder();
        PromptJson.writeDevDrafts(drafter, DEV, "dev-clean-stays-clean-r27", flagged);
        // Before this round 28 drafts of the 34 prompts in every format and style were flagged (two prompts).
        assertThat(flagged.toString()).isEmpty();
    }

    @Test
    void cleanDraftsPassAndPlantedErrorsAreCaught() throws IOException {
        PlantedRun run = PlantedRun.ofWritingReport(DEV, "dev-clean-stays-clean-r27");
        String report = run.report("dev-clean-stays-clean-r27");
        assertThat(run.cleanFlagged).as(report).hasSizeLessThanOrEqualTo(CLEAN_FLAGGED_AFTER);
        assertThat(run.count(PlantedRun.Outcome.CAUGHT)).as(report).isGreaterThanOrEqualTo(CAUGHT_AFTER);
    }

    // Before this round: 2 of 34 clean drafts flagged ("held" for the typed "hold" read as a misquote; "..., per
    // roommate took pills" read as the roommate's report of the item before it), 39 of 40 caught. After: 0 flagged, 39
    // caught (the one miss, a speaker swapped for the client in "X stated the client ...", is the same before and after).
    private static final int CLEAN_FLAGGED_AFTER = 0;
    private static final long CAUGHT_AFTER = 39;

    @Test
    void aTypedWordInflectedByTheFrameIsTheSameWordAndAnotherLemmaIsNot() {
        org.practicekit.notes.internal.English en = org.practicekit.notes.internal.English.get();
        assertThat(en.sameWordInflected("held", "hold")).isTrue();
        assertThat(en.sameWordInflected("might", "may")).isTrue();
        assertThat(en.sameWordInflected("could", "can")).isTrue();
        assertThat(en.sameWordInflected("admits", "admit")).isTrue();
        assertThat(en.sameWordInflected("attacks", "attack")).isTrue();
        assertThat(en.sameWordInflected("went", "go")).isTrue();
        assertThat(en.sameWordInflected("felt", "feel")).isTrue();
        // Another word is a change, and so is an adjective's degree: the composer never writes one for a typed word.
        assertThat(en.sameWordInflected("gave", "held")).isFalse();
        assertThat(en.sameWordInflected("better", "good")).isFalse();
        assertThat(en.sameWordInflected("worse", "bad")).isFalse();
        assertThat(en.sameWordInflected("might", "will")).isFalse();
        assertThat(en.sameWordInflected("lost", "left")).isFalse();
    }

    @Test
    void aSourceWithItsOwnVerbOpensItsClauseAndASourceAloneClosesTheItemBefore() {
        java.util.List<String> words = java.util.List.of("wants", "to", "die", "per", "roommate", "took", "pills");
        java.util.List<Boolean> commas = java.util.List.of(false, false, false, true, false, false, false);
        assertThat(org.practicekit.notes.internal.Actors.standsAlone(words, commas, 3)).isFalse();
        java.util.List<String> alone = java.util.List.of("lost", "10", "lbs", "per", "mother", "missed", "work");
        java.util.List<Boolean> marks = java.util.List.of(false, false, false, true, false, true, false);
        assertThat(org.practicekit.notes.internal.Actors.standsAlone(alone, marks, 3)).isTrue();
    }
}
