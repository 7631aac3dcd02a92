package org.practicekit.llm.phi;

/** Blind round 13 (corpora/phi/blind-r13.txt), scored once after round 14's code froze; skips while absent. */
class PhiBlindRoundThirteenTest extends PhiBlindRound {
    @Override
    String round() {
        return "blind-r13";
    }
}
