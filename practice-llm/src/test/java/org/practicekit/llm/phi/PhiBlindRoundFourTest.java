package org.practicekit.llm.phi;

/** Blind round 4 (corpora/phi/blind-r4.txt), to be scored once after round 4's code froze; skips while absent. */
class PhiBlindRoundFourTest extends PhiBlindRound {
    @Override
    String round() {
        return "blind-r4";
    }
}
