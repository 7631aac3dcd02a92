package org.practicekit.llm.phi;

/** Blind round 20 (corpora/phi/blind-r20.txt), scored once after round 21's code froze; skips while absent. */
class PhiBlindRoundTwentyTest extends PhiBlindRound {
    @Override
    String round() {
        return "blind-r20";
    }
}
