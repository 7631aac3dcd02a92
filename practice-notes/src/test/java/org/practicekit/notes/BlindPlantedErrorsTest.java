package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The blind planted-error sets ({@code corpora/notes/blind-rN.jsonl}), written
 * by writers who never saw the composer or the verifier, run through the same public API as the dev
 * set. Their figures are reported in docs/notes.md and never tuned against: this test writes the
 * reports ({@code target/blind-r1.txt} and on: every rejected prompt, miss and clean-draft finding), checks
 * that every error the verifier catches makes the LLM drafter fall back to the offline draft, and holds
 * floors for the spent rounds only; a round's floors are set after its one scoring run.
 */
// Each spent round runs on its own drafter and verifier and writes only its own report: the rounds run beside
// each other and beside the module's other classes (junit-platform.properties).
@Execution(ExecutionMode.CONCURRENT)
class BlindPlantedErrorsTest {
    static final Path BLIND = round(1);
    static final Path BLIND_R2 = round(2);
    static final Path BLIND_R3 = round(3);
    static final Path BLIND_R4 = round(4);
    static final Path BLIND_R5 = round(5);

    /** The file of blind round {@code n}. */
    static Path round(int n) {
        return Path.of("../corpora/notes/blind-r" + n + ".jsonl");
    }

    /**
     * A spent round and its floors: least share caught, most clean drafts flagged, most prompts rejected. Each is set
     * from the round's one scoring run (its figures in docs/notes.md and {@code corpora/notes/blind-rN-report.txt}) or
     * from a later seen run that did better; issue 14's bar is 99 % caught and no clean draft flagged.
     */
    record Spent(int round, double caught, int flagged, int rejected, String history) {
        @Override
        public String toString() {
            return "blind-r" + round;
        }
    }

    static List<Spent> spentRounds() {
        return List.of(
                new Spent(1, 0.99, 0, 30, "a dev set since round 1 scored it: round 4's seen figures, 449 of 450, 29 "
                        + "prompts rejected (its format has no label, safety plan or follow-up)"),
                new Spent(2, 0.99, 3, 2, "scored 596 of 599, 9 flagged, 5 rejected; round 5's seen figures 615 of 615, "
                        + "3 flagged, 2 rejected (informants' denials no reversal)"),
                new Spent(3, 0.99, 5, 5, "scored 358 of 366 (97.8 %), 9 flagged, 65 rejected (86d2872); round 5's seen "
                        + "figures 664 of 668, 5 flagged, 5 rejected"),
                new Spent(4, 0.996, 3, 2, "scored 604 of 614 (98.4 %), 4 flagged, 5 rejected (1f23320); round 6's seen "
                        + "figures 626 of 628"),
                new Spent(5, 0.995, 3, 2, "scored 602 of 607 (99.2 %), 6 flagged, 2 rejected (d4a85ce); round 8's seen "
                        + "figures 604 of 607, 3 flagged"),
                new Spent(6, 0.996, 10, 6, "scored 568 of 570 (99.6 %), 10 flagged (7 composer sentences the verifier is "
                        + "right on), 6 rejected (f718f88)"),
                new Spent(7, 0.993, 22, 5, "scored 608 of 612 (99.3 %), 22 flagged (16 a concern list opening with age "
                        + "and sex, \"52F\"), 5 rejected (d42f448)"),
                new Spent(8, 1.0, 9, 4, "scored 644 of 644, 9 flagged (each a composer sentence the verifier is right "
                        + "on), 4 rejected (5e58f64)"),
                new Spent(9, 0.995, 12, 16, "scored 664 of 667 (99.6 %), 12 of 131 flagged, 3 of 134 rejected (16 errors) on "
                        + "round 12's merged code"),
                new Spent(10, 0.995, 8, 10, "scored 652 of 655 (99.5 %), 8 of 132 flagged, 2 of 134 rejected (ef5d42c)"),
                new Spent(11, 0.998, 11, 3, "scored 693 of 694 (99.9 %), 11 of 131 flagged, 3 of 134 rejected (14 errors) "
                        + "(9002d42)"),
                new Spent(12, 0.998, 10, 2, "scored 652 of 653 (99.8 %), 10 of 134 flagged, 2 of 136 rejected (10 errors) "
                        + "(950d1ae)"),
                new Spent(13, 0.996, 16, 4, "scored 633 of 635 (99.7 %), 16 of 128 flagged, 4 of 132 rejected (20 errors) "
                        + "(4df4b07)"),
                new Spent(14, 0.997, 8, 2, "scored 704 of 706 (99.7 %), 8 of 133 flagged, 2 of 135 rejected (11 errors) "
                        + "(4034c84)"),
                new Spent(15, 0.995, 6, 5, "scored 654 of 656 (99.7 %), 7 of 130 flagged, 5 of 135 rejected (27 errors) "
                        + "(e08200a); 6 flagged once typed counts were taken out again (fa345ae); 659 of 662 after round "
                        + "30b composed a response with a quotation as sentences: its deed before the quotation became a "
                        + "sentence of its own, and a swapped actor in it (\"pt reminded Patrice\") is missed, since the "
                        + "actor check finds both people in the sentence and in its field"),
                new Spent(16, 0.995, 5, 6, "scored 630 of 633 (99.5 %), 5 of 126 flagged, 6 of 132 rejected (32 errors) "
                        + "(709b8e4); the code before the round: the same 630, 6 flagged, 6 rejected"),
                new Spent(17, 0.998, 7, 3, "scored 733 of 734 (99.9 %), 7 of 129 flagged, 3 of 132 rejected (18 errors) "
                        + "(310b1bc); the code before the round: the same"),
                new Spent(18, 0.995, 9, 1, "scored 649 of 652 (99.5 %), 9 of 133 flagged, 1 of 134 rejected (5 errors) "
                        + "(8149615); the code before the round: 651 of 654, 6 flagged, 1 rejected"),
                new Spent(19, 0.995, 10, 2, "scored 663 of 666 (99.5 %), 10 of 133 flagged, 2 of 135 rejected (10 errors) "
                        + "(150e3f4); the code before the round: the same"),
                new Spent(20, 0.994, 8, 2, "scored 665 of 669 (99.4 %), 8 of 134 flagged, 2 of 136 rejected (10 errors) "
                        + "(2342113); the code before the round: the same"),
                new Spent(21, 0.998, 2, 1, "scored 609 of 610 (99.8 %), 2 of 129 flagged, 1 of 130 rejected (5 errors) "
                        + "(071a3b9); the code before the round: the same"),
                new Spent(22, 0.991, 8, 5, "scored 685 of 691 (99.1 %), 9 of 130 flagged, 5 of 135 rejected (26 errors) "
                        + "(b487687); the code before the round: the same; 8 flagged after round 25b (seen)"),
                new Spent(23, 0.998, 4, 1, "scored 650 of 651 (99.8 %), 6 of 128 flagged, 7 of 135 rejected (28 errors) "
                        + "(afbb136); the code before the round: the same; after a missed appointment given by its start "
                        + "alone was accepted (seen): 674 of 675, 7 of 134 flagged, 1 rejected; 6 flagged once the "
                        + "outreach label was read as the drafter's; 4 after round 27's verifier (inflections)"),
                new Spent(24, 0.994, 12, 0, "scored 692 of 696 (99.4 %), 12 of 136 flagged, 0 of 136 rejected "
                        + "(abb4d6a); the code before the round: the same"),
                new Spent(25, 0.996, 2, 0, "scored 625 of 627 (99.7 %), 3 of 129 flagged, 3 of 132 rejected (12 errors) "
                        + "(6955ae3); the code before the round: 624 of 626, the same 3 flagged and 3 rejected; after "
                        + "round 28b's refusals and clean drafts (classes this set showed, so no longer blind): 636 of "
                        + "638, 0 rejected, 2 flagged"),
                new Spent(26, 0.992, 2, 0, "scored 652 of 657 (99.2 %), 1 of 132 flagged, 0 of 132 rejected on round 29's "
                        + "merged code; the code before the round (625697e): 653 of 658, the same 1 flagged, 0 rejected; round 33: 2 "
                        + "flagged, the second a true finding of its verifier (an outreach draft gives the client's bare "
                        + "\"declined\" to the clinician; left for a later round)"),
                new Spent(27, 0.989, 4, 1, "scored 663 of 670 (99.0 %), 4 of 129 flagged, 1 of 130 rejected (5 errors) on round 30's "
                        + "merged code; the code before the round (28f7162): the same"),
                new Spent(28, 0.986, 4, 0, "scored 643 of 652 (98.6 %), 4 of 133 flagged, 0 of 133 rejected on round 31's "
                        + "merged code; the code before the round (0a90c3b): the same"),
                new Spent(29, 0.996, 5, 2, "scored 619 of 621 (99.7 %), 5 of 130 flagged, 2 of 132 rejected (11 errors) on round "
                        + "32's merged code; the code before the round (b19a924): 622 of 624, the same 5 flagged and 2 rejected"),
                new Spent(30, 0.997, 18, 2, "scored 738 of 740 (99.7 %), 18 of 133 flagged, 2 of 135 rejected (11 errors) on "
                        + "round 33's merged code; the code before the round (d43cee6): 737 of 739, the same 18 flagged and 2 "
                        + "rejected"),
                new Spent(31, 0.992, 5, 0, "scored 681 of 686 (99.3 %), 5 of 136 flagged, 0 of 136 rejected on round 34's "
                        + "merged code; the code before the round (8d42bb7): the same, miss for miss and flag for flag"),
                new Spent(32, 0.998, 3, 4, "scored 651 of 652 (99.8 %), 3 of 128 flagged, 4 of 132 rejected (23 errors) on round "
                        + "35's merged code; the code before the round (3964dc5): the same, line for line"),
                new Spent(33, 0.997, 2, 5, "scored 747 of 749 (99.7 %), 2 of 131 flagged, 5 of 136 rejected (30 errors) on round "
                        + "36's merged code; the code before the round (26c67cc): the same, line for line"),
                new Spent(34, 0.998, 6, 0, "scored 757 of 758 (99.9 %), 6 of 135 flagged, 0 of 135 rejected on round 37's "
                        + "merged code; the code before the round (21bb9fb): 751 of 752, 5 flagged, 1 rejected (6 errors), the "
                        + "rejected prompt now drafted and its clean draft the sixth flag"),
                new Spent(35, 0.998, 3, 0, "scored 630 of 630 (100 %), 3 of 131 flagged, 0 of 131 rejected (44 errors not "
                        + "plantable) on round 38's merged code; the code before the round (e533545): the same, line for line"),
                new Spent(36, 0.991, 3, 3, "scored 676 of 682 (99.1 %), 3 of 132 flagged, 3 of 132 rejected (45 errors not "
                        + "plantable) on round 39's merged code; the code before the round (c28281d): 678 of 684, the same 6 misses, "
                        + "flags and refusals, 43 not plantable"),
                new Spent(37, 0.998, 3, 2, "scored 677 of 678 (99.9 %), 3 of 132 flagged, 2 of 134 rejected (10 errors), 47 not "
                        + "plantable, on round 40's merged code; the code before the round (2875eb5): 684 of 685, the same miss, "
                        + "flags and refusals, 40 not plantable"),
                new Spent(38, 0.994, 7, 1, "scored 672 of 676 (99.4 %), 7 of 134 flagged, 1 of 135 rejected (5 errors), 40 not "
                        + "plantable, on round 41's merged code; the code before the round (f2480c5): the same misses, flags, refusal "
                        + "and count not plantable"));
    }

    /**
     * Writes the round's report ({@code target/blind-rN.txt}: every rejected prompt, every miss and every finding on a
     * clean draft), checks that every caught error makes the LLM path fall back, and holds the round's floors. A round
     * whose file is not merged yet (still sealed) is skipped.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("spentRounds")
    void aSpentRoundHoldsItsFloorsAndEveryCaughtErrorMakesTheLlmPathFallBack(Spent spent) throws IOException {
        Path file = round(spent.round());
        assumeTrue(Files.exists(file), file + " not merged yet");
        PlantedRun run = score(file, spent.toString());
        holdsFloors(run, spent.toString(), spent.caught(), spent.flagged(), spent.rejected());
    }

    /** The floors of one set: least share caught, most clean drafts flagged, most prompts rejected. */
    private static void holdsFloors(PlantedRun run, String name, double caught, int flagged, int rejected) {
        String report = run.report(name);
        assertThat(run.recall()).as(report).isGreaterThanOrEqualTo(caught);
        assertThat(run.cleanFlagged).as(report).hasSizeLessThanOrEqualTo(flagged);
        assertThat(run.rejected).as(report).hasSizeLessThanOrEqualTo(rejected);
    }

    private static PlantedRun score(Path corpus, String name) throws IOException {
        PlantedRun run = PlantedRun.ofWritingReport(corpus, name);

        assertThat(run.cases).isGreaterThan(0);
        assertThat(run.results).filteredOn(r -> r.outcome() == PlantedRun.Outcome.CAUGHT)
                .allSatisfy(r -> assertThat(r.llmFellBack()).as(r.caseId()).isTrue());
        return run;
    }
}
