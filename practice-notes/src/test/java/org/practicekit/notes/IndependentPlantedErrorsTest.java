package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The independent planted-error dev sets ({@code corpora/notes/dev-independent-rN.jsonl}): written to the blind
 * writers' brief by writers who never saw the composer or the verifier, and open to read (never to copy into rules or
 * examples). Unlike a blind set each is read while a round works, so a change is judged on text nobody tuned to before
 * a blind set is spent on it; each round gets a fresh one, since reading a set's misses makes it seen text. The report
 * ({@code target/dev-independent-rN.txt}) lists every rejected prompt, miss and finding on a clean draft; the floors
 * are the set's figures on the code it was first scored on, or better.
 */
// Each set runs on its own drafter and verifier and writes only its own report: the sets run beside each other and
// beside the module's other classes (junit-platform.properties).
@Execution(ExecutionMode.CONCURRENT)
class IndependentPlantedErrorsTest {
    /** One independent set and its floors: least share caught, most clean drafts flagged, most prompts rejected. */
    record Independent(String name, double caught, int flagged, int rejected) {
        Path file() {
            return Path.of("../corpora/notes/" + name + ".jsonl");
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static List<Independent> sets() {
        return List.of(
                // Round 17's code: 650 of 653 caught, 11 clean drafts flagged, 8 of 136 prompts rejected. Round 18
                // read this set's flags and refusals to find their classes: 4 flagged, 1 rejected.
                // Round 20 (a "per X" item read alike in field and sentence, "lying"/"putting", the client's number): 2.
                // Round 33 (the plural possessive): 1 flagged; the planted wrong actor of the draft that was flagged for
                // "the parents's" is now read on a clean draft and missed, so 682 of 686 caught (99.4 %).
                new Independent("dev-independent-r18", 0.994, 1, 1),
                // Round 18's code (written after its helpers read the round-18 set's misses): 741 of 744 caught,
                // 14 clean drafts flagged, 2 of 132 prompts rejected; 10 flagged with round 18's clean-draft verifier,
                // which never read this set. Round 19 read its flags and refusals once to find their classes: 7
                // flagged, 0 rejected, 753 of 756 caught; 5 flagged with all of round 19 merged.
                // Round 20: 2 flagged.
                // Round 21 (a predicate after another person is theirs, "f/us", a closing participle): 1.
                // Round 25b (a person opening a "when" clause acts only in it, a "per X" phrase is the source): 0.
                new Independent("dev-independent-r19", 0.995, 0, 0),
                // Written during round 19, unread by its helpers; round 19's merged code: 749 of 752 caught, 8 of 135
                // clean drafts flagged, 1 of 136 prompts rejected.
                // Round 20 read its flags and refusals once to find their classes: 6 flagged, 1 rejected.
                // Round 21: 3 flagged.
                // Round 25b (a typed item that brings its own subject keeps it): 2.
                // Round 33: 4. The verifier now reads a client's refusal given to the clinician, and two offline drafts
                // of this set do that ("This therapist also declined."): true findings on the composer's own draft,
                // left for a later round's dev cases, not fixed from this set.
                new Independent("dev-independent-r20", 0.995, 4, 1),
                // Written during round 20, unread by its helpers; round 20's merged code: 744 of 746 caught, 12 of 134
                // clean drafts flagged, 2 of 136 prompts rejected.
                // Round 21 reported its figures only: 12 flagged, 2 rejected.
                new Independent("dev-independent-r21", 0.995, 9, 2),
                // Round 28b (a typed label's colon, a practice partner in a role): 9 flagged.
                // Round 27 (the verifier reads a typed word the frame inflects as the same word): 10 flagged.
                // Written during round 21, unread by its helpers; round 21's merged code: 643 of 643 caught, 5 of 132
                // clean drafts flagged, 2 of 134 prompts rejected.
                // Round 22 reported its figures only: 5 flagged, 2 rejected.
                new Independent("dev-independent-r22", 0.995, 5, 2),
                // Written during round 22, unread by its helpers; round 22's merged code: 672 of 675 caught, 5 of 135
                // clean drafts flagged, 1 of 136 prompts rejected.
                new Independent("dev-independent-r23", 0.995, 3, 1),
                // Round 27: 4 flagged. Round 28 (frames that take only what they compose, articles by class): 3.
                // Written during round 23, unread by its helpers; round 23's merged code (and the code before it): 594 of 596
                // caught, 6 of 125 clean drafts flagged, 5 of 130 prompts rejected.
                new Independent("dev-independent-r24", 0.995, 6, 5),
                // Written during round 24, unread by its helpers; round 24's merged code (and the code before it): 771 of 774
                // caught, 4 of 135 clean drafts flagged, 2 of 137 prompts rejected.
                new Independent("dev-independent-r25", 0.995, 3, 2),
                // Round 28: 3 flagged.
                // Written during round 25, unread by its helpers; round 25's merged code (and the code before it): 632 of 634
                // caught, 3 of 132 clean drafts flagged, 2 of 134 prompts rejected.
                // Round 37 (goal evidence typed "none" kept as no evidence): 1 rejected.
                new Independent("dev-independent-r26", 0.995, 2, 1),
                // Round 27: 2 flagged.
                // Written during round 26, unread by its helpers; the code before round 26 (534cbd6) and round 26's merged
                // code: 732 of 734 caught, 3 of 131 clean drafts flagged, 1 of 132 prompts rejected.
                new Independent("dev-independent-r27", 0.995, 2, 1),
                // Round 28b: 2 flagged.
                // Written during round 27, unread by its helpers; the code before round 27 (0c5b6c4): 656 of 656 caught,
                // 8 of 133 clean drafts flagged, 2 of 135 prompts rejected.
                new Independent("dev-independent-r28", 0.995, 8, 2),
                // Written during round 28, unread by its helpers; the code before round 28 (d33d577c): 611 of 611 caught,
                // 4 of 127 clean drafts flagged, 4 of 131 prompts rejected.
                // Round 28b: 3 flagged.
                // Round 37 (goal evidence typed "n/a", "same" or "none" kept as no evidence): 0 rejected.
                new Independent("dev-independent-r29", 0.995, 3, 0),
                // Written during round 29, unread by its helpers; the code before round 29 (625697e) and round 29's merged
                // code alike: 686 of 689 caught, 5 of 130 clean drafts flagged, 2 of 132 prompts rejected (12 errors).
                // Round 37: 0 rejected; the accepted prompt c080 is flagged (a smile after "spoke of roommate" given to the
                // roommate), 5 flagged.
                new Independent("dev-independent-r30", 0.995, 5, 0),
                // Written while round 29 closed, unread by round 30's helpers; the code before round 30 (28f7162) and round 30's
                // merged code alike: 609 of 615 caught, 3 of 130 clean drafts flagged, 2 of 132 prompts rejected (10 errors).
                // Round 37: 0 rejected.
                new Independent("dev-independent-r31", 0.99, 3, 0),
                // Written while round 30 worked, unread by round 31's helpers; the code before round 31 (0a90c3b) and round 31's
                // merged code alike: 623 of 625 caught, 5 of 127 clean drafts flagged, 5 of 132 prompts rejected.
                new Independent("dev-independent-r32", 0.995, 5, 5),
                // Written while round 31 worked, unread by round 32's helpers; the code before round 32 (b19a924): 613 of 615 caught,
                // 4 of 132 clean drafts flagged, 0 prompts rejected; round 32's merged code: 612 of 614, the same 4, 0.
                new Independent("dev-independent-r33", 0.996, 4, 0),
                // Written while round 32 worked, unread by round 33's helpers; the code before round 33 (d43cee6): 718 of 721
                // caught, 8 of 136 clean drafts flagged, 0 prompts rejected; round 33's merged code: 719 of 722, the same 8, 0.
                new Independent("dev-independent-r34", 0.995, 8, 0),
                // Written while round 33 worked, unread by round 34's helpers; the code before round 34 (8d42bb7): 615 of 617
                // caught, 7 of 125 clean drafts flagged, 7 of 132 prompts rejected; round 34's merged code: 637 of 639, 4 of
                // 130, 2 rejected (five of the seven refusals were shapes the lead's round-34 mend reads: partly in-sample).
                new Independent("dev-independent-r35", 0.996, 4, 2),
                // Written while round 34 worked, unread by round 35's helpers; the code before round 35 (3964dc5) and round 35's
                // merged code alike: 678 of 682 caught, 3 of 134 clean drafts flagged, 1 prompt rejected.
                new Independent("dev-independent-r36", 0.994, 3, 1),
                new Independent("dev-independent-r37", 0.996, 7, 0),
                // Written while round 36 worked, unread by round 37's helpers; the code before round 37 (21bb9fb) and round 37's
                // merged code alike: 669 of 669 caught, 9 of 135 clean drafts flagged, 1 prompt rejected (5 errors).
                new Independent("dev-independent-r38", 0.999, 9, 1),
                new Independent("dev-independent-r39", 0.997, 5, 1),
                // Written while round 38 worked, unread by round 39's helpers; round 39's merged code: 628 of 631 caught, 9 of
                // 135 clean drafts flagged, 2 prompts rejected (10 errors); the code before round 39 (c28281d): 634 of 637, the
                // same 3 misses, 9 flags and 2 refusals.
                new Independent("dev-independent-r40", 0.995, 9, 2),
                // Written while round 39 worked, unread by round 40's helpers; round 40's merged code: 670 of 670 caught, 9 of
                // 134 clean drafts flagged, 1 prompt rejected (6 errors), 37 not plantable; the code before round 40 (2875eb5):
                // 675 of 675, the same 9 flags and 1 refusal, 32 not plantable.
                new Independent("dev-independent-r41", 0.999, 9, 1),
                new Independent("dev-independent-r42", 0.993, 5, 4));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sets")
    void anIndependentSetHoldsItsFloorsAndEveryCaughtErrorMakesTheLlmPathFallBack(Independent set) throws IOException {
        PlantedRun run = PlantedRun.ofWritingReport(set.file(), set.name());
        String report = run.report(set.name());

        assertThat(run.cases).as(report).isGreaterThanOrEqualTo(130); // the writers' brief asks for at least 130
        assertThat(run.recall()).as(report).isGreaterThanOrEqualTo(set.caught());
        assertThat(run.cleanFlagged).as(report).hasSizeLessThanOrEqualTo(set.flagged());
        assertThat(run.rejected).as(report).hasSizeLessThanOrEqualTo(set.rejected());
        assertThat(run.results).filteredOn(r -> r.outcome() == PlantedRun.Outcome.CAUGHT)
                .allSatisfy(r -> assertThat(r.llmFellBack()).as(r.caseId()).isTrue());
    }
}
