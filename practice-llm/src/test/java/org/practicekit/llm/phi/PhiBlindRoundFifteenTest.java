package org.practicekit.llm.phi;

/** Blind round 15 (corpora/phi/blind-r15.txt), scored once after round 16's code froze; skips while absent. */
class PhiBlindRoundFifteenTest extends PhiBlindRound {
    @Override
    String round() {
        return "blind-r15";
    }
}
