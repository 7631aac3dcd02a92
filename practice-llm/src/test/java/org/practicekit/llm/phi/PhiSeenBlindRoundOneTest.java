package org.practicekit.llm.phi;

import org.junit.jupiter.api.Test;

/**
 * Blind round 1 (corpora/phi/blind-r1.txt), now seen: it was scored once as a blind set at the end of
 * round 1 (span recall 0.915, 34 labels on the wire, hard negatives pseudonymized in 17.0 % of snippets)
 * and its misses were published in docs/phi-detection.md, so it no longer measures text nobody tuned to.
 * Its strings were never patched into a rule, a list or an example. It stays as a regression check:
 * the floors below sit at or slightly under the figures measured before round 2's blind run (recall 0.964,
 * 15 labels on the wire, 11.9 %), raised in round 3 to its figures then (0.967, 14, 10.9 %), so a change
 * that loses ground on it fails. In round 5 the token model after the rules traded on it: recall 0.969 to 0.978,
 * labels on the wire 12 to 9, hard negatives replaced 10.6 % to 12.2 % (docs/phi-detection.md, "Round 5"); the
 * floors follow those figures. In round 12 the guard began to replace a month or a written-out day that dates an
 * event (Safe Harbor counts every element of a date but the year), which this set's labels predate: with those two
 * rules switched off the guard's figure here is main's, so the whole rise (hard negatives replaced about 3.8 points
 * more) is theirs; the snippets were not read. The floor follows. Report in
 * target/phi-seen-r1-report.txt; blind round 2 is {@link PhiBlindCorpusTest}.
 */
class PhiSeenBlindRoundOneTest {
    private static final PhiCorpusEvaluation FIGURES = PhiCorpusEvaluation.roundReport("blind-r1.txt", "seen-r1");

    @Test
    void holdsAtTheFiguresMeasuredBeforeRoundTwosBlindRun() {
        FIGURES.assertHolds(0.97, 9, 0, 0.135);
    }
}
