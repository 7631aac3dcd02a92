package org.practicekit.llm.phi;

/** Blind round 28 (corpora/phi/blind-r28.txt), scored once after round 29's code froze; skips while absent. */
class PhiBlindRoundTwentyEightTest extends PhiBlindRound {
    @Override
    String round() {
        return "blind-r28";
    }
}
