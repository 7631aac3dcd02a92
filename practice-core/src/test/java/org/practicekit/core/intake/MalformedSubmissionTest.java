package org.practicekit.core.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.practicekit.core.FieldProblem;
import org.practicekit.core.ValidationException;
import org.practicekit.core.spi.StoredRecord;

/** Malformed submissions: one ValidationException listing every problem, and the stored case untouched. */
class MalformedSubmissionTest {
    private static final String MEMBER = InsuranceField.MEMBER_ID.itemId();

    private IntakeRig rig;

    @BeforeEach
    void caseWithSavedProgress() {
        rig = new IntakeRig();
        rig.workflow.start(IntakeRig.inquiry("case-bad"));
        // The client chose self-pay earlier, which hides the insurance items.
        rig.workflow.submit("case-bad", IntakeSubmission.builder().saveOnly(true)
                .answer(InsuranceField.SELF_PAY_ITEM, "true").answer(IntakeFields.GIVEN_NAME, "Jordan").build());
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                bad("PHQ answer above 3", answer("phq9.1", "4"), "answers[phq9.1]"),
                bad("PHQ answer below 0", answer("phq9.2", "-1"), "answers[phq9.2]"),
                bad("GAD answer in words", answer("gad7.3", "two"), "answers[gad7.3]"),
                bad("decimal PHQ answer", answer("phq9.4", "1.5"), "answers[phq9.4]"),
                bad("impossible birth date", answer(IntakeFields.BIRTH_DATE, "1991-13-45"), "answers[demographics.birth-date]"),
                bad("birth date in the future", answer(IntakeFields.BIRTH_DATE, "2031-01-01"), "answers[demographics.birth-date]"),
                bad("US-style birth date", answer(IntakeFields.BIRTH_DATE, "04/09/1991"), "answers[demographics.birth-date]"),
                bad("invalid email", answer(IntakeFields.EMAIL, "jordan@"), "answers[demographics.email]"),
                bad("invalid mobile", answer(IntakeFields.MOBILE, "12345"), "answers[demographics.mobile]"),
                bad("words for an emergency phone", answer(IntakeFields.EMERGENCY_PHONE, "call my sister"),
                        "answers[emergency.phone]"),
                bad("unknown item id", answer("favorite.color", "blue"), "answers[favorite.color]"),
                bad("item id that is free text", answer("<script>Jordan</script>", "x"), "answers[(not an item id)]"),
                bad("oversize free text", answer(IntakeFields.PRESENTING_CONCERNS, "a".repeat(2001)),
                        "answers[concerns.presenting]"),
                bad("script in free text", answer(IntakeFields.PRESENTING_CONCERNS, "<script>alert(1)</script>"),
                        "answers[concerns.presenting]"),
                bad("HTML in free text", answer(IntakeFields.GOALS, "<b>sleep</b> better"), "answers[concerns.goals]"),
                bad("javascript URL in free text", answer(IntakeFields.GOALS, "see javascript:alert(1)"),
                        "answers[concerns.goals]"),
                bad("lone surrogate in free text", answer(IntakeFields.GOALS, "sleep \uD800 better"),
                        "answers[" + IntakeFields.GOALS + "]"),
                bad("lone low surrogate in free text", answer(IntakeFields.GOALS, "sleep \uDC00 better"),
                        "answers[" + IntakeFields.GOALS + "]"),
                bad("C1 control character in free text", answer(IntakeFields.GOALS, "sleep\u0085better"),
                        "answers[" + IntakeFields.GOALS + "]"),
                bad("control character in free text", answer(IntakeFields.GOALS, "sleep\u0000better"),
                        "answers[concerns.goals]"),
                bad("choice that is not offered", answer(IntakeFields.LANGUAGE, "fr"), "answers[demographics.language]"),
                bad("boolean that is neither", answer(IntakeFields.PRIOR_THERAPY, "maybe"), "answers[concerns.prior-therapy]"),
                bad("blank answer", answer(IntakeFields.FAMILY_NAME, "   "), "answers[demographics.family-name]"),
                bad("answer to a hidden item", answer(MEMBER, "PHP123456789"), "answers[insurance.member-id]"),
                bad("one-line address", answer(IntakeFields.ADDRESS, "42 Elm Street"), "answers[demographics.address]"),
                bad("address with a bad state", answer(IntakeFields.ADDRESS, "42 Elm St\nSpringfield\nIllinois\n62704"),
                        "answers[demographics.address]"),
                bad("unknown consent document", IntakeSubmission.builder()
                        .consent(ConsentSignature.signed("gym-waiver", "2026-01", "Jordan Ellery")), "consents[gym-waiver]"),
                bad("outdated consent version", IntakeSubmission.builder()
                        .consent(ConsentSignature.signed("consent-to-treatment", "2019-01", "Jordan Ellery")),
                        "consents[consent-to-treatment].version"),
                bad("consent without a signer", IntakeSubmission.builder()
                        .consent(ConsentSignature.signed("consent-to-treatment", "2026-01", " ")),
                        "consents[consent-to-treatment].signedBy"),
                bad("consent signed with markup", IntakeSubmission.builder()
                        .consent(ConsentSignature.signed("telehealth-consent", "2026-01", "<img src=x onerror=1>")),
                        "consents[telehealth-consent].signedBy"),
                bad("empty submission", IntakeSubmission.builder(), "submission"),
                bad("many problems at once", IntakeSubmission.builder().answer("phq9.3", "9")
                        .answer(IntakeFields.EMAIL, "not-an-email").answer("shoe.size", "44")
                        .answer(IntakeFields.GOALS, "<iframe src=evil>").answer(MEMBER, "X1")
                        .consent(ConsentSignature.signed("notice-of-privacy-practices", "old", "J")),
                        "answers[phq9.3]", "answers[demographics.email]", "answers[shoe.size]", "answers[concerns.goals]",
                        "answers[insurance.member-id]", "consents[notice-of-privacy-practices].version"));
    }

    private static IntakeSubmission.Builder answer(String itemId, String value) {
        return IntakeSubmission.builder().answer(itemId, value);
    }

    private static Arguments bad(String name, IntakeSubmission.Builder submission, String... paths) {
        return Arguments.of(name, submission.build(), List.of(paths));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void isRejectedWithEveryProblemAndChangesNothing(String name, IntakeSubmission submission, List<String> paths) {
        StoredRecord before = rig.store.read(IntakeWorkflow.CASE_KIND, "case-bad").orElseThrow();
        int messages = rig.outbox.messages().size();

        assertThatThrownBy(() -> rig.workflow.submit("case-bad", submission))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.problems()).extracting(FieldProblem::path).containsExactlyElementsOf(paths);
                    assertThat(e.getMessage()).doesNotContain("Jordan", "PHP123456789", "alert(1)", "call my sister");
                });

        StoredRecord after = rig.store.read(IntakeWorkflow.CASE_KIND, "case-bad").orElseThrow();
        assertThat(after.version()).isEqualTo(before.version());
        assertThat(after.payload()).isEqualTo(before.payload());
        assertThat(rig.outbox.messages()).hasSize(messages);
        assertThat(rig.escalations.calls).isEmpty();
    }
}
