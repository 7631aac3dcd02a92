package org.practicekit.llm.phi;

/** Blind round 27 (corpora/phi/blind-r27.txt), scored once after round 28's code froze; skips while absent. */
class PhiBlindRoundTwentySevenTest extends PhiBlindRound {
    @Override
    String round() {
        return "blind-r27";
    }
}
