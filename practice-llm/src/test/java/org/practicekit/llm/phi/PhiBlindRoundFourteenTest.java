package org.practicekit.llm.phi;

/** Blind round 14 (corpora/phi/blind-r14.txt), scored once after round 15's code froze; skips while absent. */
class PhiBlindRoundFourteenTest extends PhiBlindRound {
    @Override
    String round() {
        return "blind-r14";
    }
}
