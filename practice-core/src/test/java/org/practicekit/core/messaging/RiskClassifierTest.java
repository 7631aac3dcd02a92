package org.practicekit.core.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.practicekit.core.messaging.LabelledMessages.Labelled;

class RiskClassifierTest {
    private static final List<Labelled> SET = LabelledMessages.load();
    private final RiskClassifier rules = RiskClassifier.standard();

    @Test
    void aPlanOrMeansIsImminentAndIdeationIsHigh() {
        assertThat(rules.assess("I've been saving up my pills").level()).isEqualTo(RiskLevel.IMMINENT);
        assertThat(rules.assess("I want to kill myself tonight").level()).isEqualTo(RiskLevel.IMMINENT);
        assertThat(rules.assess("everyone would be better off without me").level()).isEqualTo(RiskLevel.HIGH);
        assertThat(rules.assess("I feel completely hopeless").level()).isEqualTo(RiskLevel.CONCERN);
        assertThat(rules.assess("Can I reschedule Tuesday?").level()).isEqualTo(RiskLevel.NONE);
    }

    @Test
    void indicatorsSayWhatWasFoundWithoutPuttingTheWordsInToString() {
        RiskAssessment a = rules.assess("My family would be better off without me. I bought a gun.");
        assertThat(a.categories()).contains(RiskCategory.PASSIVE_IDEATION, RiskCategory.MEANS_OR_PREPARATION);
        assertThat(a.indicators()).extracting(RiskIndicator::forStaff)
                .anyMatch(s -> s.contains("better off without me"));
        assertThat(a.toString()).doesNotContain("gun").doesNotContain("without me");
        assertThat(a.indicators().get(0).toString()).doesNotContain("without me");
    }

    @ParameterizedTest
    @ValueSource(strings = {"this traffic is killing me", "I killed it at my interview", "dying to tell you about my week",
        "shoot me a text when you can", "I'd rather die than go to that party lol", "we cut the cord on cable"})
    void idiomsAndHyperboleAreNotRisk(String message) {
        assertThat(rules.assess(message).level()).isEqualTo(RiskLevel.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"I'm not suicidal", "I would never hurt myself", "no thoughts of killing myself",
        "I haven't cut myself in a year"})
    void negationWithinTheClauseCancelsTheIndicator(String message) {
        assertThat(rules.assess(message).level()).isEqualTo(RiskLevel.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"I'm not ok, I want to die", "I'm not suicidal but I keep cutting myself",
        "I can't stop thinking about killing myself", "I don't want to live anymore", "i am not ok and i want to kill myself"})
    void negationDoesNotReachAcrossAClauseOrAFullVerb(String message) {
        assertThat(rules.assess(message).needsHuman()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"I want to kil myself", "feeling sucidal", "KMS", "i want 2 die", "su1c1de", "hopless",
        "Me quiero morir", "estarían mejor sin mí", "I'M GOING TO OVERDOSE"})
    void typosSlangCaseAndSpanishAreUnderstood(String message) {
        assertThat(rules.assess(message).needsHuman()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"I have a billing question", "my bills are overdue", "I'm willing to try the worksheet",
        "I keep my medication in the cabinet", "do I have enough medication to last until my refill?"})
    void ordinaryWordsNearRiskWordsAreNotCorrectedIntoRisk(String message) {
        assertThat(rules.assess(message).level()).isEqualTo(RiskLevel.NONE);
    }

    @Property(tries = 100)
    void caseNeverChangesTheLevel(@ForAll("labelled") Labelled l) {
        RiskLevel level = rules.assess(l.text()).level();
        assertThat(rules.assess(l.text().toUpperCase(Locale.ROOT)).level()).isEqualTo(level);
        assertThat(rules.assess(l.text().toLowerCase(Locale.ROOT)).level()).isEqualTo(level);
    }

    @Property(tries = 150)
    void addingAnOrdinarySentenceNeverHidesRisk(@ForAll("risky") Labelled risk, @ForAll("ordinary") Labelled other) {
        RiskLevel alone = rules.assess(risk.text()).level();
        assertThat(rules.assess(risk.text() + ". " + other.text()).level()).isGreaterThanOrEqualTo(alone);
        assertThat(rules.assess(other.text() + ". " + risk.text()).level()).isGreaterThanOrEqualTo(alone);
    }

    @Test
    void combiningCanOnlyAddRiskAndAFailingExtraClassifierIsSkipped() {
        RiskClassifier saysNone = message -> RiskAssessment.none();
        RiskClassifier fails = message -> {
            throw new IllegalStateException("model not loaded");
        };
        RiskClassifier combined = RiskClassifier.combined(rules, saysNone, fails);
        assertThat(combined.assess("I want to kill myself").level()).isEqualTo(RiskLevel.HIGH);
        RiskClassifier addsConcern = message -> RiskAssessment.of(List.of(
                RiskIndicator.of(RiskCategory.RESEMBLES_CRISIS_LANGUAGE, "test", "")));
        assertThat(RiskClassifier.combined(rules, addsConcern).assess("hello").level()).isEqualTo(RiskLevel.HIGH);
    }

    @Provide
    Arbitrary<Labelled> labelled() {
        return Arbitraries.of(SET);
    }

    @Provide
    Arbitrary<Labelled> risky() {
        return Arbitraries.of(SET.stream().filter(Labelled::risk).toList());
    }

    @Provide
    Arbitrary<Labelled> ordinary() {
        return Arbitraries.of(SET.stream().filter(l -> !l.risk()).toList());
    }
}
