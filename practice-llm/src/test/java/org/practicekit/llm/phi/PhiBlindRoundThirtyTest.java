package org.practicekit.llm.phi;

/** Blind round 30 (corpora/phi/blind-r30.txt), scored once after round 31's code froze; skips while absent. */
class PhiBlindRoundThirtyTest extends PhiBlindRound {
    @Override
    String round() {
        return "blind-r30";
    }
}
