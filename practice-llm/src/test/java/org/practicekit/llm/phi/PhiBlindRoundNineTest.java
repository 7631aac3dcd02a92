package org.practicekit.llm.phi;

/** Blind round 9 (corpora/phi/blind-r9.txt), scored once after round 9's code froze; skips while absent. */
class PhiBlindRoundNineTest extends PhiBlindRound {
    @Override
    String round() {
        return "blind-r9";
    }
}
