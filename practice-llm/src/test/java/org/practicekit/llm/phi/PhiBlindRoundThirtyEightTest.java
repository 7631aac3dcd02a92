package org.practicekit.llm.phi;

/** Blind round 38 (corpora/phi/blind-r38.txt), scored once after round 39's code froze; skips while absent. */
class PhiBlindRoundThirtyEightTest extends PhiBlindRound {
    @Override
    String round() {
        return "blind-r38";
    }
}
