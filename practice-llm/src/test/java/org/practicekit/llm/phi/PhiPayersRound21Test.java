package org.practicekit.llm.phi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 13, round 21 (payers and agencies are public): a health plan, a Medicaid or Medicare plan, a government agency
 * or an EAP vendor named by its brand goes out as written where the sentence names coverage, a claim, a program or the
 * agency acting; the same brand as the client's or a relative's employer, as a hospital the client
 * is taken to and as a local office with its town is still replaced, and member and claim numbers stay identifiers.
 * Sentences invented for this test, none from the dev file.
 */
class PhiPayersRound21Test {
    private final PhiProbe probe = new PhiProbe();

    @ParameterizedTest
    @ValueSource(strings = {
        "Humana reprocessed the October claims after the appeal.",
        "Molina dropped her when the renewal came back late.",
        "the twins are on Medicaid until their mom finds work",
        "DCFS substantiated the report and set up a safety plan.",
        "He finally got a letter from SSA about the hearing.",
        "The DMV suspended his license after his DUI.",
        "she switched to Cigna at open enrollment and needs a new auth",
        "Magellan approved four more EAP sessions for him.",
        "HUD cut the voucher and now the rent is due in full",
    })
    void aPayerOrAnAgencyAsCoverageOrAnActorGoesOutAsWritten(String text) {
        assertThat(probe.sentThroughGuard(text)).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // the employer, the client's or a relative's
        "her brother works the phones at Humana and hears every complaint | Humana",
        "she has been at Cigna for nine years and dreads the layoffs | Cigna",
        // a hospital the client is taken to
        "they drove him to Kaiser for an evaluation after the overdose | Kaiser",
        // a local office with its town: the town is the identifier
        "the Social Security office in Waukegan lost his appeal again | Waukegan",
        // the plan's numbers
        "Aetna member ID W558120934 for the intake | W558120934",
    })
    void theEmployerAPersonAHospitalATownOrANumberIsReplaced(String text, String value) {
        assertThat(probe.sentThroughGuard(text)).doesNotContain(value);
    }
}
