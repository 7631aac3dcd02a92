package org.practicekit.llm.phi;

/** Blind round 39 (corpora/phi/blind-r39.txt), scored once after round 40's code froze; skips while absent. */
class PhiBlindRoundThirtyNineTest extends PhiBlindRound {
    @Override
    String round() {
        return "blind-r39";
    }
}
