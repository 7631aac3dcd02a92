package org.practicekit.llm.phi;

/** Blind round 32 (corpora/phi/blind-r32.txt), scored once after round 33's code froze; skips while absent. */
class PhiBlindRoundThirtyTwoTest extends PhiBlindRound {
    @Override
    String round() {
        return "blind-r32";
    }
}
