package org.practicekit.llm.phi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.practicekit.llm.phi.PhiCorpus.Snippet;

/**
 * The in-sample corpus (src/test/resources/phi/therapy-corpus.txt, written with the detector): the
 * detector's recall and precision, and what the guard sends to an endpoint without a BAA. The report
 * is written to target/phi-corpus-report.txt and quoted in docs/phi-detection.md.
 */
class PhiCorpusTest {
    private static final List<Snippet> CORPUS = PhiCorpus.load();
    private static PhiCorpusEvaluation figures;

    @BeforeAll
    static void evaluate() {
        figures = PhiCorpusEvaluation.detectorAndGuard("in-sample", CORPUS);
        figures.write("phi-corpus-report.txt");
    }

    @Test
    void corpusIsLargeAndCoversEveryKind() {
        assertThat(CORPUS).hasSizeGreaterThanOrEqualTo(150);
        assertThat(figures.recall.keySet()).contains("PERSON", "LOCATION", "ADDRESS", "ZIP", "DATE", "AGE", "PHONE",
                "FAX", "EMAIL", "SSN", "MRN", "HEALTH_PLAN", "ACCOUNT", "LICENSE", "VEHICLE", "DEVICE", "URL", "IP",
                "USERNAME", "ID", "KNOWN");
        assertThat(CORPUS.stream().filter(s -> s.gold().isEmpty()).count()).isGreaterThanOrEqualTo(40);
    }

    @Test
    void overallRecallIsAtLeast99Percent() {
        assertThat(figures.recall("ALL")).as(figures.report()).isGreaterThanOrEqualTo(0.99);
    }

    @Test
    void everySsnPhoneFaxEmailAndKnownIdentifierIsFound() {
        for (String type : List.of("SSN", "PHONE", "FAX", "EMAIL", "KNOWN")) {
            assertThat(figures.recall(type)).as(type + "\n" + figures.report()).isEqualTo(1.0);
        }
    }

    @Test
    void overallPrecisionIsAtLeast90Percent() {
        assertThat(figures.precision("ALL")).as(figures.report()).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void nothingLabelledReachesAnEndpointWithoutBaaAndEveryAnswerIsRestored() {
        assertThat(figures.onWire).as(figures.report()).isZero();
        assertThat(figures.notRestored).as(figures.report()).isZero();
    }
}
