package org.practicekit.llm.phi;

/** Blind round 34 (corpora/phi/blind-r34.txt), scored once after round 35's code froze; skips while absent. */
class PhiBlindRoundThirtyFourTest extends PhiBlindRound {
    @Override
    String round() {
        return "blind-r34";
    }
}
