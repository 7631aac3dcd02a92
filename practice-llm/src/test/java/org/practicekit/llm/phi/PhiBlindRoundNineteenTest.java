package org.practicekit.llm.phi;

/** Blind round 19 (corpora/phi/blind-r19.txt), scored once after round 20's code froze; skips while absent. */
class PhiBlindRoundNineteenTest extends PhiBlindRound {
    @Override
    String round() {
        return "blind-r19";
    }
}
