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
import org.practicekit.core.spi.Escalation;

class RiskClassifierTest {
    private static final List<Labelled> SET = LabelledMessages.load();
    private final RiskClassifier standard = RiskClassifier.standard();

    @Test
    void aPlanOrMeansIsImminentIdeationIsHighAndHopelessnessIsAtLeastToday() {
        assertThat(standard.assess("I've been saving up my pills").level()).isEqualTo(RiskLevel.IMMINENT);
        assertThat(standard.assess("I want to kill myself tonight").level()).isEqualTo(RiskLevel.IMMINENT);
        assertThat(standard.assess("everyone would be better off without me").level()).isEqualTo(RiskLevel.HIGH);
        assertThat(standard.assess("I feel completely hopeless").level()).isGreaterThanOrEqualTo(RiskLevel.CONCERN);
        assertThat(standard.assess("Can I reschedule Tuesday?").level()).isEqualTo(RiskLevel.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"I don't see the point of going on anymore", "i dont see the point in going on any more",
        "I can't see any point in carrying on", "what's the point of going on", "there's no point going on anymore",
        "I don't see a reason to keep going anymore"})
    void noPointGoingOnReachesAPersonNow(String message) {
        RiskAssessment a = standard.assess(message);
        assertThat(a.level().urgency()).as(message).isEqualTo(Escalation.Urgency.IMMEDIATE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"I'm done", "goodbye everyone", "I have a lot of pills", "there's a gun in the house",
        "I'm so tired of everything", "nobody would even notice"})
    void ambiguousMessagesGoToAPersonTodayNeverToNone(String message) {
        assertThat(standard.assess(message).needsHuman()).as(message).isTrue();
    }

    @Test
    void indicatorsSayWhatWasFoundWithoutPuttingTheWordsInToString() {
        RiskAssessment a = standard.assess("My family would be better off without me. I bought a gun.");
        assertThat(a.categories()).contains(RiskCategory.PASSIVE_IDEATION, RiskCategory.MEANS_OR_PREPARATION);
        assertThat(a.indicators()).extracting(RiskIndicator::forStaff)
                .anyMatch(s -> s.contains("better off without me"));
        assertThat(a.toString()).doesNotContain("gun").doesNotContain("without me");
        assertThat(a.indicators().get(0).toString()).doesNotContain("without me");
    }

    @ParameterizedTest
    @ValueSource(strings = {"this traffic is killing me", "I killed it at my interview", "dying to tell you about my week",
        "shoot me a text when you can", "we cut the cord on cable"})
    void commonIdiomsAreNotRisk(String message) {
        assertThat(standard.assess(message).level()).isEqualTo(RiskLevel.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"YES", "yes", "Y", "NO", "C", "c", "STOP", "START", "1", "2", "3", "ok thanks", "👍",
        "Confirmed, see you then", "running 5 min late", "Can I reschedule to Thursday at 4?",
        "Can you send me a superbill for October?", "Is my copay still $30?"})
    void routineRepliesAndRequestsAreNotRisk(String message) {
        assertThat(standard.assess(message).level()).as(message).isEqualTo(RiskLevel.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"I would never hurt myself", "no thoughts of killing myself"})
    void aNegationWithinTheClauseCancelsTheIndicator(String message) {
        assertThat(standard.assess(message).level()).isEqualTo(RiskLevel.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"I'm not ok, I want to die", "I'm not suicidal but I keep cutting myself",
        "I can't stop thinking about killing myself", "I don't want to live anymore", "i am not ok and i want to kill myself"})
    void negationDoesNotReachAcrossAClauseOrAFullVerb(String message) {
        assertThat(standard.assess(message).needsHuman()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"I want to kil myself", "feeling sucidal", "KMS", "i want 2 die", "su1c1de", "hopless",
        "Me quiero morir", "estarían mejor sin mí", "I'M GOING TO OVERDOSE", "quiero desaparecer y ya"})
    void typosSlangCaseAndSpanishAreUnderstood(String message) {
        assertThat(standard.assess(message).needsHuman()).as(message).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bonjour, je voudrais changer mon rendez-vous de mardi, merci beaucoup",
        "Xin chào, tôi muốn đổi lịch hẹn sang thứ năm", "Здравствуйте, можно перенести встречу на пятницу?",
        "我想把星期二的预约改到星期四", "Buongiorno, vorrei spostare il mio appuntamento a giovedì"})
    void aMessageInALanguageTheClassifierCannotReadGoesToAPerson(String message) {
        RiskAssessment a = standard.assess(message);
        assertThat(a.needsHuman()).as(message).isTrue();
        assertThat(a.level()).isEqualTo(RiskLevel.CONCERN);
    }

    @Test
    void aRiskSentenceAnywhereInALongPortalPostIsFound() {
        String routine = "Thanks again for last week. Work has been busy and the commute is long, but I made it to the "
                + "gym twice and cooked dinner three nights. My sister visited on Sunday and we watched a movie. ";
        String risk = "Honestly I have been thinking that everyone would be better off if I just wasn't here. ";
        StringBuilder before = new StringBuilder();
        while (before.length() < 2_400) {
            before.append(routine);
        }
        String post = before + risk + before + "Can we keep Thursday at 5?";
        assertThat(post.length()).isGreaterThan(4_800);
        assertThat(standard.assess(post).level().urgency()).isEqualTo(Escalation.Urgency.IMMEDIATE);
        assertThat(standard.assess(before + "Can we keep Thursday at 5?").needsHuman()).isFalse();
    }

    @Property(tries = 100)
    void caseNeverChangesWhetherAPersonIsNeeded(@ForAll("labelled") Labelled l) {
        boolean needs = standard.assess(l.text()).needsHuman();
        assertThat(standard.assess(l.text().toUpperCase(Locale.ROOT)).needsHuman()).isEqualTo(needs);
        assertThat(standard.assess(l.text().toLowerCase(Locale.ROOT)).needsHuman()).isEqualTo(needs);
    }

    @Property(tries = 150)
    void addingAnOrdinarySentenceNeverHidesRisk(@ForAll("risky") Labelled risk, @ForAll("ordinary") Labelled other) {
        boolean alone = standard.assess(risk.text()).needsHuman();
        assertThat(standard.assess(risk.text() + ". " + other.text()).needsHuman()).isEqualTo(alone);
        assertThat(standard.assess(other.text() + ". " + risk.text()).needsHuman()).isEqualTo(alone);
    }

    @Test
    void combiningCanOnlyAddRiskAndAFailingExtraClassifierIsSkipped() {
        RiskClassifier saysNone = message -> RiskAssessment.none();
        RiskClassifier fails = message -> {
            throw new IllegalStateException("model not loaded");
        };
        RiskClassifier combined = RiskClassifier.combined(standard, saysNone, fails);
        assertThat(combined.assess("I want to kill myself").level()).isEqualTo(RiskLevel.HIGH);
        RiskClassifier addsConcern = message -> RiskAssessment.of(List.of(
                RiskIndicator.of(RiskCategory.RESEMBLES_CRISIS_LANGUAGE, "test", "")));
        assertThat(RiskClassifier.combined(standard, addsConcern).assess("hello").level()).isEqualTo(RiskLevel.HIGH);
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
