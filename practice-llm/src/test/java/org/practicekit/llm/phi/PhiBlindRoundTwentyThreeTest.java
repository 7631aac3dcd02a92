package org.practicekit.llm.phi;

/** Blind round 23 (corpora/phi/blind-r23.txt), scored once after round 24's code froze; skips while absent. */
class PhiBlindRoundTwentyThreeTest extends PhiBlindRound {
    @Override
    String round() {
        return "blind-r23";
    }
}
