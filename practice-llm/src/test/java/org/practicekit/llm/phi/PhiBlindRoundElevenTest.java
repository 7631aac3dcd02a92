package org.practicekit.llm.phi;

/** Blind round 11 (corpora/phi/blind-r11.txt), scored once after round 12's code froze; skips while absent. */
class PhiBlindRoundElevenTest extends PhiBlindRound {
    @Override
    String round() {
        return "blind-r11";
    }
}
