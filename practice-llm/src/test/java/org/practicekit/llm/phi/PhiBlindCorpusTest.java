package org.practicekit.llm.phi;


import org.junit.jupiter.api.Test;

/**
 * Blind round 2 (corpora/phi/blind-r2.txt): written by someone who never saw the detector, frozen
 * before round 2's tuning, not opened during it, and scored once after the code was frozen. Its misses
 * are reported in docs/phi-detection.md, never patched into a rule, a list or an example; round 3 gets
 * a new set. Only the figures and the misses are written (target/phi-blind-r2-report.txt).
 *
 * <p>The one run (2026-12-03, code frozen at commit ef297a1) missed issue 13's bars: span recall 0.907 (bar
 * 0.99), 27 of 691 labels on the wire and 5 calls blocked (bar 0 on the wire), hard negatives pseudonymized
 * in 23.2 % of snippets (bar 5 %), and one answer not restored exactly (a URL with an "@" path). The
 * assertions below sit just under or at that run's figures, so a change that loses ground on text nobody
 * tuned to fails here; they are not the goal. Since round 3 the set is spent (seen, its misses published):
 * the floors were raised to round 3's figures on it (recall 0.919, 20 on the wire, every answer restored,
 * 21.0 %), and round 3's blind set is {@link PhiBlindRoundThreeTest}. Round 5's token model after the rules moved
 * it to recall 0.929, 17 on the wire, 22.7 % (from 0.920, 19, 21.0 % with the rules alone): the floors follow.
 */
class PhiBlindCorpusTest {
    private static final PhiCorpusEvaluation FIGURES = PhiCorpusEvaluation.roundReport("blind-r2.txt", "blind-r2");

    @Test
    void theBlindSetIsLargeEnough() {
        FIGURES.assertBlindRoundSize();
    }

    @Test
    void holdsAtRoundTwosFigures() {
        FIGURES.assertHolds(0.92, 17, 0, 0.23);
    }
}
