package org.practicekit.llm.phi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 13, round 20 (billing codes, payers and public numbers): the guard sends as written a toll-free number the
 * sentence names as an organization's line, a claim adjustment code ("CO-45"), a listed payer, administrator or
 * collection agency followed by what it is to the practice ("is the TPA", "for collection") or speaking about a claim,
 * and a virtue or a feeling listed beside another. The same shapes as the client's own phone, a person's direct line,
 * the client's employer and a person named Faith or Joy are still replaced. Sentences invented for this test, none
 * from the dev files.
 */
class PhiCodesRound20Test {
    private final PhiProbe probe = new PhiProbe();

    @ParameterizedTest
    @ValueSource(strings = {
        "For benefits questions call the customer service line at 1-888-555-0111.",
        "Poison Control (1-800-222-1222) said to watch her overnight.",
        "the prior auth hotline is (866) 555-0150, open till 8",
        "ERA posted: CO-45 on both lines, PR-3 copay $25.",
        "claim denied OA-18, a duplicate of the first claim",
        "Gallagher Bassett is the TPA on the injury claim now",
        "Her old balance went to Transworld for collection last year.",
        "This is Lincoln Financial calling about the disability claim, please send notes.",
        "Values sort today: Courage, Honesty and Kindness at the top.",
        "she said it was all Anger, no Peace at home this week",
    })
    void aPublicCodeNumberOrWordGoesOutAsWritten(String text) {
        assertThat(probe.sentThroughGuard(text)).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // the client's own phone, a person's toll-free direct line, a toll-free number with no line named
        "call me on my cell 412-555-0177 after work | 555-0177",
        "the adjuster's direct line is 1-877-555-0190 | 555-0190",
        "please call back 866-555-0124 about the member | 555-0124",
        "the EAP line is 800-555-0162 ext 3341 for her counselor | 555-0162",
        // the payer's word as the client's employer, a person, a state
        "she works in billing at Gallagher Bassett downtown | Gallagher",
        "my brother Transworld is the family joke name | Transworld",
        "She moved back to Denver, CO in May | Denver",
        // a virtue as a person
        "Faith (her sister) drove her to the appointment | Faith",
        "Joy said she would come to the family session | Joy",
    })
    void theSameShapeAsTheClientsIsReplaced(String text, String identifier) {
        assertThat(probe.sentThroughGuard(text)).doesNotContain(identifier);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Denied CO-197 again, no auth on file. | CO",
        "For refills call the pharmacy line at 1-800-555-0133. | 1-800-555-0133",
    })
    void theDetectorReportsNoIdentifierSoRead(String text, String words) {
        assertThat(PatternPhiDetector.builder().build().detect(text)).noneSatisfy(s -> assertThat(words)
                .contains(s.textOf(text)));
    }

    // A number its identifier word names right before it is the client's whatever code it also spells; the same
    // number billed or named as a code stays.
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "her MRN is 90837, please pull the chart | 90837",
        "MRN: 96130 on the wristband | 96130",
        "acct # 99213 shows a balance | 99213",
        "her id is 90791 at the front desk | 90791",
    })
    void anIdentifierNamedRightBeforeItsNumberStaysOffTheWire(String text, String number) {
        assertThat(probe.sentThroughGuard(text)).doesNotContain(number);
        assertThat(PatternPhiDetector.builder().build().detect(text)).anySatisfy(s -> assertThat(s.textOf(text))
                .isEqualTo(number));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "billed 90837 today, 53 minutes",
        "billed Medicaid 90837 for the session",
        "the claim for 90837 was denied",
        "CPT 90791 for the intake",
    })
    void aCodeBilledOrNamedAsACodeStays(String text) {
        assertThat(probe.sentThroughGuard(text)).isEqualTo(text);
    }
}
