package org.practicekit.llm.phi;

/** Blind round 31 (corpora/phi/blind-r31.txt), scored once after round 32's code froze; skips while absent. */
class PhiBlindRoundThirtyOneTest extends PhiBlindRound {
    @Override
    String round() {
        return "blind-r31";
    }
}
