package org.practicekit.llm.phi;

/** Blind round 3 (corpora/phi/blind-r3.txt), scored once on round 3's code; spent since. */
class PhiBlindRoundThreeTest extends PhiBlindRound {
    @Override
    String round() {
        return "blind-r3";
    }
}
