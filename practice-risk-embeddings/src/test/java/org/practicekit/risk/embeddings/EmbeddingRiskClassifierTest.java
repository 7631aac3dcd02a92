package org.practicekit.risk.embeddings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.practicekit.core.messaging.RiskAssessment;
import org.practicekit.core.messaging.RiskCategory;
import org.practicekit.core.messaging.RiskClassifier;
import org.practicekit.core.messaging.RiskLevel;
import org.practicekit.core.messaging.training.CrisisCorpus;
import org.practicekit.core.messaging.training.CrisisFigures;
import org.practicekit.core.spi.Escalation;

/**
 * The recommended classifier, {@code combined(standard(), EmbeddingRiskClassifier.load())}: its figures
 * on the dev set and on the frozen blind set of round 1 (reports with every blind miss in
 * target/crisis-figures/), and the behaviour a practice notices.
 */
class EmbeddingRiskClassifierTest {
    private static EmbeddingRiskClassifier embeddings;
    private static RiskClassifier combined;
    private static final RiskClassifier STANDARD = RiskClassifier.standard();

    @BeforeAll
    static void load() {
        embeddings = EmbeddingRiskClassifier.load();
        combined = RiskClassifier.combined(STANDARD, embeddings);
    }

    /** The blind set of the current round; earlier rounds were seen by the tuner once measured. */
    static final String CURRENT_BLIND = "blind-r2";

    @Test
    void onTheBlindSetRulesPlusSemanticLayerEscalateAtLeast99PercentWithPrecisionAtLeast70Percent() {
        List<CrisisCorpus.Example> set = CrisisCorpus.read(CrisisCorpus.file(CURRENT_BLIND + ".tsv"));
        CrisisFigures blind = CrisisFigures.of(CURRENT_BLIND, combined, set);
        blind.write("combined-" + CURRENT_BLIND + ".txt");
        CrisisFigures.of(CURRENT_BLIND, embeddings, set).write("embeddings-alone-" + CURRENT_BLIND + ".txt");
        CrisisFigures.of("blind-r1 (seen)", combined, CrisisCorpus.read(CrisisCorpus.file("blind-r1.tsv")))
                .write("combined-blind-r1.txt");
        assertThat(blind.recall()).as(blind.report()).isGreaterThanOrEqualTo(0.99);
        assertThat(blind.precision()).as(blind.summary()).isGreaterThanOrEqualTo(0.70);
    }

    @Test
    void onTheDevSetTheCombinationReachesTheRecallItsThresholdWasChosenFor() {
        CrisisFigures dev = CrisisFigures.of("dev", combined, CrisisCorpus.read(CrisisCorpus.file("dev.tsv")));
        dev.write("combined-dev.txt");
        assertThat(dev.recall()).as(dev.report()).isGreaterThanOrEqualTo(0.995);
    }

    @ParameterizedTest
    @ValueSource(strings = {"I don't see the point of going on anymore", "Soon I won't be a problem for anyone",
        "gave my cat to my sister since I won't need to feed her", "I keep thinking everyone would be lighter without me around",
        "I looked up how many of my sleeping tablets it would take", "I'm just so tired of existing"})
    void crisisLanguageNoRuleNamesReachesAPersonNow(String message) {
        assertThat(combined.assess(message).level().urgency()).as(message).isEqualTo(Escalation.Urgency.IMMEDIATE);
    }

    @Test
    void aRulesHitIsNeverOverruled() {
        String[] hits = {"I want to kill myself", "kms", "I've been saving up my pills", "My husband hit me again"};
        for (String h : hits) {
            RiskLevel rules = STANDARD.assess(h).level();
            assertThat(combined.assess(h).level()).isGreaterThanOrEqualTo(rules).isNotEqualTo(RiskLevel.NONE);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"YES", "C", "STOP", "START", "2", "Can I move my appointment to Friday afternoon?",
        "Is my copay still $30?", "thanks, see you Thursday!", "this traffic is killing me", ""})
    void routineMessagesStayWithTheirQueue(String message) {
        assertThat(combined.assess(message).level()).as(message).isEqualTo(RiskLevel.NONE);
    }

    @Test
    void theSemanticLayerSaysItIsTheOneThatFoundTheRisk() {
        RiskAssessment a = embeddings.assess("Soon I won't be a problem for anyone");
        assertThat(a.level()).isEqualTo(RiskLevel.HIGH);
        assertThat(a.categories()).containsExactly(RiskCategory.RESEMBLES_CRISIS_LANGUAGE);
        assertThat(a.indicators().get(0).rule()).startsWith("embedding-head");
        assertThat(a.toString()).doesNotContain("problem");
    }

    @Test
    void aRiskSentenceAnywhereInALongPostIsFoundAtBoundedCost() {
        String routine = "Thanks again for last week. Work has been busy and the commute is long, but I made it to the "
                + "gym twice and cooked dinner three nights. My sister visited on Sunday and we watched a movie. ";
        StringBuilder before = new StringBuilder();
        while (before.length() < 2_400) {
            before.append(routine);
        }
        String post = before + "Lately I feel like I am just waiting to not be here anymore. " + before + "See you Thursday.";
        assertThat(post.length()).isGreaterThan(4_800);
        assertThat(combined.assess(post).needsHuman()).isTrue();
        assertThat(embeddings.assess(post).needsHuman()).isTrue();
    }

    @Test
    void aPracticesOwnCrisisExampleIsMatchedBySimilarity() {
        EmbeddingRiskClassifier withExample = EmbeddingRiskClassifier.builder()
                .addCrisisExample("I am going to the old quarry tonight")
                .addSafeExample("we went hiking at the old quarry park")
                .build();
        RiskAssessment a = withExample.assess("heading to the quarry later tonight, alone");
        assertThat(a.indicators()).anyMatch(i -> i.rule().startsWith("embedding.practice-example"));
        assertThat(List.of(withExample.concernThreshold(), withExample.highThreshold()))
                .allMatch(t -> t > 0 && t < 1);
    }
}
