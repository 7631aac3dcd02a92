package org.practicekit.llm.phi;

/** Blind round 40 (corpora/phi/blind-r40.txt), scored once after round 41's code froze; skips while absent. */
class PhiBlindRoundFortyTest extends PhiBlindRound {
    @Override
    String round() {
        return "blind-r40";
    }
}
