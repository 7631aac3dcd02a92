package org.practicekit.llm.phi;

/** Blind round 24 (corpora/phi/blind-r24.txt), scored once after round 25's code froze; skips while absent. */
class PhiBlindRoundTwentyFourTest extends PhiBlindRound {
    @Override
    String round() {
        return "blind-r24";
    }
}
