package org.practicekit.llm.phi;

/** Blind round 37 (corpora/phi/blind-r37.txt), scored once after round 38's code froze; skips while absent. */
class PhiBlindRoundThirtySevenTest extends PhiBlindRound {
    @Override
    String round() {
        return "blind-r37";
    }
}
