package org.practicekit.llm.phi;

/** Blind round 6 (corpora/phi/blind-r6.txt), to be scored once after round 6's code froze; skips while absent. */
class PhiBlindRoundSixTest extends PhiBlindRound {
    @Override
    String round() {
        return "blind-r6";
    }
}
