package org.practicekit.llm.phi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bare dates and ages (issue 13, round 22b): the second month/day pair of a span of days, an age over 89 in the
 * future tense or before "in" and a time, and the month/year a person's own document runs out are found and kept off
 * the wire; a part of one portion ("1/2 a pill"), a score's change on one total, a card's expiry and an "in" that
 * measures go out as written. Sentences invented for this test, none from the dev file.
 */
class PhiBareDatesRound22bTest {
    private final PhiProbe probe = new PhiProbe();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "she is staying at her sister's from 6/14 to 7/5 | 7/5",
        "no school for him from 12/20 to 1/4, dreading it | 1/4",
        "dad will be 94 in the fall and keeps falling | 94",
        "my nana would be 100 in a few weeks | 100",
        "she'll be 91 on Sunday and wants everyone there | 91",
        "his grandpa is going to be 96 and still mows the lawn | 96",
        "the release of information is good through 10/2026 | 10/2026",
        "his green card expires 05/2028, per the immigration lawyer | 05/2028",
    })
    void aBareDateOrAgeTheSentencePlacesStaysOffTheWire(String text, String value) {
        assertThat(probe.sentThroughGuard(text)).doesNotContain(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "she chews 1/2 a gummy before bed now",
        "he drinks 3/4 a bottle of wine most nights",
        "PHQ went from 15/27 to 9/27 over the block",
        "her debit card says exp 04/29 on the front",
        "the box is 95 in wide, too big for the car",
    })
    void aPortionAScoreChangeOrACardGoesOutAsWritten(String text) {
        assertThat(probe.sentThroughGuard(text)).isEqualTo(text);
    }
}
