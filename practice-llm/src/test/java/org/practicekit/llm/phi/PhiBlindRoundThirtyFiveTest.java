package org.practicekit.llm.phi;

/** Blind round 35 (corpora/phi/blind-r35.txt), scored once after round 36's code froze; skips while absent. */
class PhiBlindRoundThirtyFiveTest extends PhiBlindRound {
    @Override
    String round() {
        return "blind-r35";
    }
}
