package org.practicekit.llm.phi;

/** Blind round 21 (corpora/phi/blind-r21.txt), scored once after round 22's code froze; skips while absent. */
class PhiBlindRoundTwentyOneTest extends PhiBlindRound {
    @Override
    String round() {
        return "blind-r21";
    }
}
