package org.practicekit.llm.phi;

/** Blind round 17 (corpora/phi/blind-r17.txt), scored once after round 18's code froze; skips while absent. */
class PhiBlindRoundSeventeenTest extends PhiBlindRound {
    @Override
    String round() {
        return "blind-r17";
    }
}
