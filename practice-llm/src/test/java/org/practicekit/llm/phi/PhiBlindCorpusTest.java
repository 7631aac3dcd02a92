package org.practicekit.llm.phi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.practicekit.llm.phi.PhiCorpus.Snippet;

/**
 * Blind round 1 (corpora/phi/blind-r1.txt): written by someone who never saw the detector, frozen
 * before tuning, and scored once after tuning ended. Its misses are reported in
 * docs/phi-detection.md, never patched into a rule, a list or an example; round 2 gets a new set.
 * Only the figures and the misses are written (target/phi-blind-r1-report.txt).
 *
 * <p>The one run (2026-12-03) missed issue 13's bars: span recall 0.915 (bar 0.99), 34 of 671
 * labels on the wire (bar 0), hard negatives pseudonymized in 17.0 % of snippets (bar 5 %); every
 * answer was restored exactly. The assertions below are that run's figures, so a change that loses
 * ground on text nobody tuned to fails here; they are not the goal.
 */
class PhiBlindCorpusTest {
    private static final List<Snippet> CORPUS = PhiCorpus.corpus("blind-r1.txt");
    private static PhiCorpusEvaluation figures;

    @BeforeAll
    static void evaluate() {
        figures = PhiCorpusEvaluation.detectorAndGuard("blind-r1", CORPUS);
        figures.write("phi-blind-r1-report.txt", figures.missesReport());
    }

    @Test
    void theBlindSetIsLargeEnough() {
        assertThat(CORPUS).hasSizeGreaterThanOrEqualTo(400);
        assertThat(figures.labels).isGreaterThanOrEqualTo(600);
        assertThat(figures.negatives).isGreaterThanOrEqualTo(200);
    }

    @Test
    void detectorSpanRecallHoldsAtRoundOnesFigure() {
        assertThat(figures.recall("ALL")).as(figures.summary()).isGreaterThanOrEqualTo(0.915);
    }

    @Test
    void labelsOnTheWireToAnEndpointWithoutBaaStayAtRoundOnesFigure() {
        assertThat(figures.onWire).as(figures.summary()).isLessThanOrEqualTo(34);
    }

    @Test
    void everyAnswerIsRestoredExactly() {
        assertThat(figures.notRestored).as(figures.summary()).isZero();
    }

    @Test
    void hardNegativesPseudonymizedStayAtRoundOnesFigure() {
        assertThat(figures.guardNegativeRate()).as(figures.summary()).isLessThanOrEqualTo(0.17);
    }
}
