package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The blind planted-error sets ({@code corpora/notes/blind-r1.jsonl} to {@code blind-r4.jsonl}), written
 * by writers who never saw the composer or the verifier, run through the same public API as the dev
 * set. Their figures are reported in docs/notes.md and never tuned against: this test writes the
 * reports ({@code target/blind-r1.txt} and on: every rejected prompt, miss and clean-draft finding), checks
 * that every error the verifier catches makes the LLM drafter fall back to the offline draft, and holds
 * floors for the spent rounds only; a round's floors are set after its one scoring run.
 */
class BlindPlantedErrorsTest {
    static final Path BLIND = Path.of("../corpora/notes/blind-r1.jsonl");
    static final Path BLIND_R2 = Path.of("../corpora/notes/blind-r2.jsonl");
    static final Path BLIND_R3 = Path.of("../corpora/notes/blind-r3.jsonl");
    static final Path BLIND_R4 = Path.of("../corpora/notes/blind-r4.jsonl");
    static final Path BLIND_R5 = Path.of("../corpora/notes/blind-r5.jsonl");
    static final Path BLIND_R6 = Path.of("../corpora/notes/blind-r6.jsonl");
    static final Path BLIND_R7 = Path.of("../corpora/notes/blind-r7.jsonl");
    static final Path BLIND_R8 = Path.of("../corpora/notes/blind-r8.jsonl");
    static final Path BLIND_R9 = Path.of("../corpora/notes/blind-r9.jsonl");
    static final Path BLIND_R10 = Path.of("../corpora/notes/blind-r10.jsonl");

    @Test
    void blindRoundOneIsReportedAndEveryCaughtErrorMakesTheLlmPathFallBack() throws IOException {
        PlantedRun run = score(BLIND, "blind-r1");
        // Floors at round 4's seen figures on this set (a dev set since round 1 scored it): 449 of 450 caught, no clean
        // draft flagged, 29 prompts rejected (its format has no label, safety plan or follow-up).
        holdsFloors(run, "blind-r1", 0.99, 0, 30);
    }

    /**
     * Round 2 ({@code corpora/notes/blind-r2.jsonl}), scored once after the composer and the verifier
     * were frozen; the report is {@code target/blind-r2.txt}.
     */
    @Test
    void blindRoundTwoIsReportedAndEveryCaughtErrorMakesTheLlmPathFallBack() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(BLIND_R2), "blind-r2.jsonl not merged yet");
        PlantedRun run = score(BLIND_R2, "blind-r2");
        // The one scoring run (docs/notes.md): 596 of 599 caught, 9 of 115 clean drafts flagged, 5 of 120 prompts
        // rejected. Round 4's seen figures: 599 of 599; with round 4's composer 615 of 615, 7 clean drafts flagged (three
        // "No SI was reported per the child and mother", read as a reversal) and 2 prompts rejected. Round 5 (informants'
        // denials no reversal): 615 of 615, 3 clean drafts flagged, 2 prompts rejected.
        holdsFloors(run, "blind-r2", 0.99, 3, 2);
    }

    /**
     * Round 3 ({@code corpora/notes/blind-r3.jsonl}, the round-2 kinds plus wrong-actor and invented-symptom),
     * scored once after round 3 froze (86d2872): every miss and every finding on a clean draft go to
     * {@code target/blind-r3.txt} (the recorded run is {@code corpora/notes/blind-r3-report.txt}).
     */
    @Test
    void blindRoundThreeIsReportedAndEveryCaughtErrorMakesTheLlmPathFallBack() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(BLIND_R3), "blind-r3.jsonl not merged yet");
        PlantedRun run = score(BLIND_R3, "blind-r3");
        // The one scoring run (docs/notes.md): 358 of 366 caught (97.8 %), 9 of 71 clean drafts flagged, 65 of 136
        // prompts rejected. After "none" in a list was read as no item (a seen figure, the set is spent): 627 of 642
        // caught (97.7 %), 14 of 126 clean drafts flagged, 10 prompts rejected. Round 4's seen figures (the verifier that
        // binds numbers to their scale and actors per clause): 99.5 % or better, 9 clean drafts flagged, all composer
        // errors the verifier is right on. Round 5's seen figures: 664 of 668 (99.4 %), 5 clean drafts flagged, 5 prompts
        // rejected. Issue 14's bar is 99 % and 0.
        holdsFloors(run, "blind-r3", 0.99, 5, 5);
    }

    /**
     * Round 4 ({@code corpora/notes/blind-r4.jsonl}, the round-3 format and kinds), scored once on round 4's merged
     * composer and verifier (1f23320): every rejected prompt, every miss and every finding on a clean draft go to
     * {@code target/blind-r4.txt} (the recorded run is {@code corpora/notes/blind-r4-report.txt}).
     */
    @Test
    void blindRoundFourIsReportedAndEveryCaughtErrorMakesTheLlmPathFallBack() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(BLIND_R4), "blind-r4.jsonl not merged yet");
        PlantedRun run = score(BLIND_R4, "blind-r4");
        // The one scoring run: 604 of 614 caught (98.4 %), 4 of 125 clean drafts flagged, 5 of 130 prompts rejected (28
        // errors). Round 5's seen figures ("none" in a risk field read as "no plan"): 618 of 628, 3 flagged, 2 rejected.
        // Round 6's seen figures (directions, people inside a phrase, a code's name, intervals, events): 626 of 628.
        holdsFloors(run, "blind-r4", 0.996, 3, 2);
    }

    /**
     * Round 5 ({@code corpora/notes/blind-r5.jsonl}, the round-4 format and kinds), scored once on round 6's merged
     * composer and verifier: every rejected prompt, every miss and every finding on a clean draft go to
     * {@code target/blind-r5.txt} (the recorded run is {@code corpora/notes/blind-r5-report.txt}).
     */
    @Test
    void blindRoundFiveIsReportedAndEveryCaughtErrorMakesTheLlmPathFallBack() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(BLIND_R5), "blind-r5.jsonl not merged yet");
        PlantedRun run = score(BLIND_R5, "blind-r5");
        // The one scoring run (d4a85ce): 602 of 607 caught (99.2 %), 6 of 128 clean drafts flagged, 2 of 130 prompts
        // rejected (11 errors). Issue 14's bar is 99 % and 0 flagged.
        // Round 7's seen figures (a situation called high risk, a denial's place, sameness, role nouns, institutions and
        // states as actors): 604 of 607 (99.5 %), 4 clean drafts flagged, 2 prompts rejected. Round 8's (the clinician's
        // "I" outside quotation marks is the clinician): 604 of 607, 3 clean drafts flagged.
        holdsFloors(run, "blind-r5", 0.995, 3, 2);
    }

    /**
     * Round 6 ({@code corpora/notes/blind-r6.jsonl}, the round-5 format and kinds), scored once on round 8's merged
     * composer and verifier: every rejected prompt, every miss and every finding on a clean draft go to
     * {@code target/blind-r6.txt} (the recorded run is {@code corpora/notes/blind-r6-report.txt}).
     */
    @Test
    void blindRoundSixIsReportedAndEveryCaughtErrorMakesTheLlmPathFallBack() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(BLIND_R6), "blind-r6.jsonl not merged yet");
        PlantedRun run = score(BLIND_R6, "blind-r6");
        // The one scoring run (f718f88): 568 of 570 caught (99.6 %), 10 of 126 clean drafts flagged (7 of them composer
        // sentences the verifier is right on), 6 of 132 prompts rejected (31 errors). Issue 14's bar is 99 % and 0 flagged.
        holdsFloors(run, "blind-r6", 0.996, 10, 6);
    }

    /**
     * Round 7 ({@code corpora/notes/blind-r7.jsonl}, the round-6 format and kinds), scored once on round 10's merged
     * composer and verifier: every rejected prompt, every miss and every finding on a clean draft go to
     * {@code target/blind-r7.txt} (the recorded run is {@code corpora/notes/blind-r7-report.txt}).
     */
    @Test
    void blindRoundSevenIsReportedAndEveryCaughtErrorMakesTheLlmPathFallBack() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(BLIND_R7), "blind-r7.jsonl not merged yet");
        PlantedRun run = score(BLIND_R7, "blind-r7");
        // The one scoring run (d42f448): 608 of 612 caught (99.3 %), 22 of 128 clean drafts flagged (16 of them a concern
        // list opening with the client's age and sex, "52F", read as an invented number), 5 of 133 prompts rejected (25
        // errors). Issue 14's bar is 99 % and 0 flagged.
        holdsFloors(run, "blind-r7", 0.993, 22, 5);
    }

    /**
     * Round 8 ({@code corpora/notes/blind-r8.jsonl}, the round-7 format and kinds), scored once on round 11's merged
     * composer and verifier: every rejected prompt, every miss and every finding on a clean draft go to
     * {@code target/blind-r8.txt} (the recorded run is {@code corpora/notes/blind-r8-report.txt}).
     */
    @Test
    void blindRoundEightIsReportedAndEveryCaughtErrorMakesTheLlmPathFallBack() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(BLIND_R8), "blind-r8.jsonl not merged yet");
        PlantedRun run = score(BLIND_R8, "blind-r8");
        // The one scoring run (5e58f64): 644 of 644 caught (100 %), 9 of 127 clean drafts flagged (each a composer sentence
        // the verifier is right on), 4 of 131 prompts rejected (24 errors). Issue 14's bar is 99 % and 0 flagged.
        holdsFloors(run, "blind-r8", 1.0, 9, 4);
    }

    /**
     * Round 9 ({@code corpora/notes/blind-r9.jsonl}, the round-7 format and kinds), scored once on round 12's merged
     * composer and verifier: every rejected prompt, every miss and every finding on a clean draft go to
     * {@code target/blind-r9.txt} (the recorded run is {@code corpora/notes/blind-r9-report.txt}).
     */
    @Test
    void blindRoundNineIsReportedAndEveryCaughtErrorMakesTheLlmPathFallBack() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(BLIND_R9), "blind-r9.jsonl not merged yet");
        PlantedRun run = score(BLIND_R9, "blind-r9");
        holdsFloors(run, "blind-r9", 0.995, 12, 16);
    }

    /**
     * Round 10 ({@code corpora/notes/blind-r10.jsonl}, the round-7 format and kinds), scored once on round 13's merged
     * composer and verifier: every rejected prompt, every miss and every finding on a clean draft go to
     * {@code target/blind-r10.txt} (the recorded run is {@code corpora/notes/blind-r10-report.txt}).
     */
    @Test
    void blindRoundTenIsReportedAndEveryCaughtErrorMakesTheLlmPathFallBack() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(BLIND_R10), "blind-r10.jsonl not merged yet");
        PlantedRun run = score(BLIND_R10, "blind-r10");
        // The one scoring run (ef5d42c): 652 of 655 caught (99.5 %), 8 of 132 clean drafts flagged, 2 of 134 prompts
        // rejected (10 errors). Issue 14's bar is 99 % and 0 flagged.
        holdsFloors(run, "blind-r10", 0.995, 8, 10);
    }

    /** The floors of one set: least share caught, most clean drafts flagged, most prompts rejected. */
    private static void holdsFloors(PlantedRun run, String name, double caught, int flagged, int rejected) {
        String report = run.report(name);
        assertThat(run.recall()).as(report).isGreaterThanOrEqualTo(caught);
        assertThat(run.cleanFlagged).as(report).hasSizeLessThanOrEqualTo(flagged);
        assertThat(run.rejected).as(report).hasSizeLessThanOrEqualTo(rejected);
    }

    private static PlantedRun score(Path corpus, String name) throws IOException {
        PlantedRun run = PlantedRun.of(corpus, true);
        String report = run.report(name);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/" + name + ".txt"), report, StandardCharsets.UTF_8);

        assertThat(run.cases).isGreaterThan(0);
        assertThat(run.results).filteredOn(r -> r.outcome() == PlantedRun.Outcome.CAUGHT)
                .allSatisfy(r -> assertThat(r.llmFellBack()).as(r.caseId()).isTrue());
        return run;
    }
}
