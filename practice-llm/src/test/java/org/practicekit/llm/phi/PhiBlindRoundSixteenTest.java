package org.practicekit.llm.phi;

/** Blind round 16 (corpora/phi/blind-r16.txt), scored once after round 17's code froze; skips while absent. */
class PhiBlindRoundSixteenTest extends PhiBlindRound {
    @Override
    String round() {
        return "blind-r16";
    }
}
