package org.practicekit.llm.phi;

/** Blind round 25 (corpora/phi/blind-r25.txt), scored once after round 26's code froze; skips while absent. */
class PhiBlindRoundTwentyFiveTest extends PhiBlindRound {
    @Override
    String round() {
        return "blind-r25";
    }
}
