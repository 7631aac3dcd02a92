package org.practicekit.llm.phi;

/** Blind round 7 (corpora/phi/blind-r7.txt), to be scored once after round 7's code froze; skips while absent. */
class PhiBlindRoundSevenTest extends PhiBlindRound {
    @Override
    String round() {
        return "blind-r7";
    }
}
