package org.practicekit.llm.phi;

/** Blind round 5 (corpora/phi/blind-r5.txt), to be scored once after round 5's code froze; skips while absent. */
class PhiBlindRoundFiveTest extends PhiBlindRound {
    @Override
    String round() {
        return "blind-r5";
    }
}
