package org.practicekit.llm.phi;

/** Blind round 33 (corpora/phi/blind-r33.txt), scored once after round 34's code froze; skips while absent. */
class PhiBlindRoundThirtyThreeTest extends PhiBlindRound {
    @Override
    String round() {
        return "blind-r33";
    }
}
