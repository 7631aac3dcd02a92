package org.practicekit.llm.phi;

/** Blind round 12 (corpora/phi/blind-r12.txt), scored once after round 13's code froze; skips while absent. */
class PhiBlindRoundTwelveTest extends PhiBlindRound {
    @Override
    String round() {
        return "blind-r12";
    }
}
