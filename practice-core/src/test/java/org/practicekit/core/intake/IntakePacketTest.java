package org.practicekit.core.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.practicekit.core.ValidationException;
import org.practicekit.core.model.ScreeningScore;

class IntakePacketTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private final IntakePacket packet = IntakePacket.standard();

    @Test
    void theStandardPacketHasEveryFormAndConsentTheIssueNames() {
        assertThat(packet.forms()).extracting(IntakeForm::id).containsExactly("demographics", "emergency-contact",
                "insurance", "presenting-concerns", "phq9", "gad7");
        assertThat(packet.consents()).extracting(ConsentDocument::id).containsExactly("consent-to-treatment",
                "notice-of-privacy-practices", "telehealth-consent", "ai-documentation-consent", "cancellation-policy");
        assertThat(packet.consent("ai-documentation-consent").orElseThrow().required()).isFalse();
        assertThat(packet.consents()).allSatisfy(d -> assertThat(d.contentSha256()).hasSize(64));
        assertThat(packet.reminders()).isEqualTo(IntakeReminderPolicy.standard());
    }

    @Test
    void aCompleteSubmissionIsCanonicalScoredAndComplete() {
        IntakeReview review = packet.review(SampleAnswers.completeSubmission(), Map.of(), Set.of(), TODAY);
        assertThat(review.complete()).isTrue();
        assertThat(review.answers()).containsEntry(IntakeFields.MOBILE, "+12175550142")
                .containsEntry(IntakeFields.PRIOR_THERAPY, "false")
                .containsEntry(IntakeFields.ADDRESS, "42 Elm Street\nSpringfield\nIL\n62704\nUS");
        assertThat(review.screenings()).extracting(ScreeningScore::instrument, ScreeningScore::total, ScreeningScore::band)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ScreeningScore.Instrument.PHQ9, 10, "moderate"),
                        org.assertj.core.groups.Tuple.tuple(ScreeningScore.Instrument.GAD7, 13, "moderate"));
        assertThat(review.phq9Item9Positive()).isFalse();
    }

    @Test
    void missingMemberIdIsMissingNotInvalid() {
        IntakeSubmission s = SampleAnswers.withConsents(IntakeSubmission.builder()
                .answers(SampleAnswers.without(InsuranceField.MEMBER_ID.itemId()))).build();
        IntakeReview review = packet.review(s, Map.of(), Set.of(), TODAY);
        assertThat(review.complete()).isFalse();
        assertThat(review.missingItems()).extracting(IntakeItem::label).containsExactly("insurance member ID");
        assertThat(review.missingConsents()).isEmpty();
    }

    @Test
    void choosingSelfPayLaterDropsTheHiddenInsuranceAnswers() {
        IntakeReview first = packet.review(SampleAnswers.completeSubmission(), Map.of(), Set.of(), TODAY);
        IntakeReview second = packet.review(IntakeSubmission.builder().answer(InsuranceField.SELF_PAY_ITEM, "true").build(),
                first.answers(), Set.of("consent-to-treatment"), TODAY);
        assertThat(second.answers()).doesNotContainKeys(InsuranceField.MEMBER_ID.itemId(),
                InsuranceField.PAYER_NAME.itemId());
        assertThat(second.dropped()).contains(InsuranceField.MEMBER_ID.itemId(), InsuranceField.GROUP_NUMBER.itemId());
    }

    @Test
    void everyProblemIsListedAtOnce() {
        IntakeSubmission bad = IntakeSubmission.builder().answer("phq9.3", "7").answer(IntakeFields.EMAIL, "nope")
                .answer("favourite.colour", "blue").build();
        assertThatThrownBy(() -> packet.review(bad, Map.of(), Set.of(), TODAY))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.path()).containsExactly("answers[phq9.3]", "answers[demographics.email]",
                                "answers[favourite.colour]"));
    }

    @Test
    void item9AboveZeroIsARiskIndicatorEvenOnAPartialAnswer() {
        IntakeReview r = packet.review(IntakeSubmission.builder().answer(IntakeFields.PHQ9_ITEM9, "1").saveOnly(true).build(),
                Map.of(), Set.of(), TODAY);
        assertThat(r.phq9Item9Positive()).isTrue();
        assertThat(r.screenings()).isEmpty();
    }

    @Test
    void packetsRejectConditionsOnLaterItems() {
        IntakeItem dependent = IntakeItem.builder("b", "B?", org.practicekit.core.model.QuestionnaireAnswer.AnswerType.TEXT)
                .enableWhen(EnableWhen.answered("a", "true")).build();
        IntakeItem a = IntakeItem.builder("a", "A?", org.practicekit.core.model.QuestionnaireAnswer.AnswerType.BOOLEAN).build();
        assertThatThrownBy(() -> IntakePacket.builder().id("p").version("1").insurance(InsuranceRequirement.selfPayOnly())
                .addForm(IntakeForm.of("f", "F", java.util.List.of(dependent, a))).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not come before");
    }
}
