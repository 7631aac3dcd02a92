package org.practicekit.llm.phi;

/** Blind round 18 (corpora/phi/blind-r18.txt), scored once after round 19's code froze; skips while absent. */
class PhiBlindRoundEighteenTest extends PhiBlindRound {
    @Override
    String round() {
        return "blind-r18";
    }
}
