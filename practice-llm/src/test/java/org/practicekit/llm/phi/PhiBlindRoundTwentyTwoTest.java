package org.practicekit.llm.phi;

/** Blind round 22 (corpora/phi/blind-r22.txt), scored once after round 23's code froze; skips while absent. */
class PhiBlindRoundTwentyTwoTest extends PhiBlindRound {
    @Override
    String round() {
        return "blind-r22";
    }
}
