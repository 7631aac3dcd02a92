package org.practicekit.llm.phi;

/** Blind round 8 (corpora/phi/blind-r8.txt), scored once after round 8's code froze; skips while absent. */
class PhiBlindRoundEightTest extends PhiBlindRound {
    @Override
    String round() {
        return "blind-r8";
    }
}
