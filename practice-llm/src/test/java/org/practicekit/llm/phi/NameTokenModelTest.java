package org.practicekit.llm.phi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.practicekit.llm.phi.internal.NameTokenModel;

/**
 * The token model that runs after the rules in {@link PatternPhiDetector}: it loads from the bundled
 * weights, adds what the rules miss with its probability as the score, leaves the rules' vocabulary alone,
 * and the builder switch turns it off.
 */
class NameTokenModelTest {
    private static final PatternPhiDetector WITH_MODEL = PatternPhiDetector.builder().build();
    private static final PatternPhiDetector RULES_ONLY = PatternPhiDetector.builder().tokenModel(false).build();

    @Test
    void theBundledModelLoads() {
        assertThat(NameTokenModel.shared()).isNotNull();
        assertThat(WITH_MODEL.toString()).contains("token model");
    }

    @Test
    void aNeighbourhoodOfEverydayWordsInATextMessageIsAPlace() {
        String text = "we stayed at my aunts in cedar bend all weekend";
        assertThat(RULES_ONLY.detect(text)).isEmpty();
        List<PhiSpan> found = WITH_MODEL.detect(text);
        assertThat(found).hasSize(1);
        PhiSpan place = found.get(0);
        assertThat(place.textOf(text)).isEqualTo("cedar bend");
        assertThat(place.type()).isEqualTo(PhiCategory.LOCATION);
        assertThat(place.score()).isBetween(NameTokenModel.THRESHOLD, 1.0);
    }

    @Test
    void turnedOffTheDetectorIsTheRulesAlone() {
        String text = "we stayed at my aunts in cedar bend all weekend";
        assertThat(PatternPhiDetector.builder().tokenModel(false).build().detect(text)).isEmpty();
    }

    @Test
    void vocabularyMonthsAndEponymsAreLeftToTheRules() {
        for (String text : List.of("She started at a new school in August and likes it.",
                "Reviewed Beck's cognitive triad and Linehan's biosocial model; continue on Zoloft.",
                "Pt spent Memorial Day with the kids and watched the Bears lose.")) {
            assertThat(WITH_MODEL.detect(text)).as(text).isEqualTo(RULES_ONLY.detect(text));
        }
    }

    @Test
    void whatTheRulesFoundStaysAsTheRulesFoundIt() {
        String text = "Pt works at Copper Kettle Cafe and her sister Marisela picks her up.";
        assertThat(WITH_MODEL.detect(text)).containsAll(RULES_ONLY.detect(text));
    }
}
