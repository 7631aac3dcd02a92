package org.practicekit.llm.phi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.practicekit.llm.phi.PhiCorpus.Snippet;

/**
 * The token model on the dev corpus (never trained on; it chose the threshold): the detector with the model
 * finds more labels than the rules alone, and hard negatives stay readable in at least 99 % of the snippets
 * that hold them (measured at the end of round 5: recall 0.973 to 0.978; round 6: 0.973 to 0.977; hard
 * negatives hit in 0 of 312 snippets either way). The in-sample corpus loses nothing.
 */
class NameTokenModelDevTest {
    private static PhiCorpusEvaluation devRules;
    private static PhiCorpusEvaluation devModel;
    private static PhiCorpusEvaluation inSampleRules;
    private static PhiCorpusEvaluation inSampleModel;

    @BeforeAll
    static void score() {
        List<Snippet> dev = PhiCorpus.corpus("dev.txt");
        devRules = evaluate("dev-rules", dev, false);
        devModel = evaluate("dev-model", dev, true);
        List<Snippet> inSample = PhiCorpus.load();
        inSampleRules = evaluate("in-sample-rules", inSample, false);
        inSampleModel = evaluate("in-sample-model", inSample, true);
    }

    private static PhiCorpusEvaluation evaluate(String name, List<Snippet> corpus, boolean model) {
        // the model's share against the rules alone, without the deny-by-default reading of round 14
        return PhiCorpusEvaluation.detector(name, corpus, s -> PatternPhiDetector.builder().tokenModel(model)
                .denyByDefault(false).knownIdentifiers(s.known()).build().detect(s.text()));
    }

    @Test
    void theModelAddsRecallOnDev() {
        assertThat(devModel.recall("ALL")).as(devModel.summary()).isGreaterThan(devRules.recall("ALL") + 0.003);
        assertThat(devModel.recall("LOCATION")).isGreaterThan(devRules.recall("LOCATION"));
    }

    @Test
    void hardNegativesStayReadableInAtLeast99PercentOfDevSnippets() {
        assertThat(devModel.detectorNegativeRate()).as(devModel.report()).isLessThanOrEqualTo(0.01);
    }

    @Test
    void theInSampleCorpusLosesNothing() {
        assertThat(inSampleModel.recall("ALL")).isGreaterThanOrEqualTo(inSampleRules.recall("ALL"));
        assertThat(inSampleModel.detectorNegativeSnippetsHit).isEqualTo(inSampleRules.detectorNegativeSnippetsHit);
    }
}
