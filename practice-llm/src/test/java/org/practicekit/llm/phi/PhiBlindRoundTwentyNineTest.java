package org.practicekit.llm.phi;

/** Blind round 29 (corpora/phi/blind-r29.txt), scored once after round 30's code froze; skips while absent. */
class PhiBlindRoundTwentyNineTest extends PhiBlindRound {
    @Override
    String round() {
        return "blind-r29";
    }
}
