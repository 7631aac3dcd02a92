package org.practicekit.llm.phi;

/** Blind round 36 (corpora/phi/blind-r36.txt), scored once after round 37's code froze; skips while absent. */
class PhiBlindRoundThirtySixTest extends PhiBlindRound {
    @Override
    String round() {
        return "blind-r36";
    }
}
