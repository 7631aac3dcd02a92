package org.practicekit.llm.phi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Blind round 3 (corpora/phi/blind-r3.txt, same format as blind-r2.txt): written by someone who never saw
 * the detector and scored once, after round 3's code froze. The file is added only for that run, so the
 * test skips while it is absent. It writes the figures and every miss (labels the detector missed, labels
 * on the wire, answers not restored, hard negatives replaced) to target/phi-blind-r3-report.txt and
 * checks the set's size; issue 13's bars are reported in docs/phi-detection.md, not asserted here, since
 * a blind run is a measurement, not a tuning target.
 */
class PhiBlindRoundThreeTest {
    private static final String FILE = "blind-r3.txt";
    private static PhiCorpusEvaluation figures;

    @BeforeAll
    static void scoreOnceWhenPresent() {
        assumeTrue(Files.isRegularFile(PhiCorpus.root().resolve("corpora").resolve("phi").resolve(FILE)),
                "corpora/phi/" + FILE + " is not here: the round-3 blind set is added only for its one scoring");
        figures = PhiCorpusEvaluation.roundReport(FILE, "blind-r3");
    }

    @Test
    void theBlindSetIsLargeEnough() {
        figures.assertBlindRoundSize();
    }

    @Test
    void everyAnswerComesBackExactly() {
        assertThat(figures.notRestored).as(figures.summary()).isZero();
    }
}
