package org.practicekit.llm.phi;

/** Blind round 26 (corpora/phi/blind-r26.txt), scored once after round 27's code froze; skips while absent. */
class PhiBlindRoundTwentySixTest extends PhiBlindRound {
    @Override
    String round() {
        return "blind-r26";
    }
}
