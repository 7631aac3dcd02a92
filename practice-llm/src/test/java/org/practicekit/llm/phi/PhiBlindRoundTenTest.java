package org.practicekit.llm.phi;

/** Blind round 10 (corpora/phi/blind-r10.txt), scored once after round 11's code froze; skips while absent. */
class PhiBlindRoundTenTest extends PhiBlindRound {
    @Override
    String round() {
        return "blind-r10";
    }
}
