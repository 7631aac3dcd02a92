package org.practicekit.llm.phi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 13, round 23b (public names read from their structure): an eponym read from the noun after it, and a
 * telehealth platform, a clearinghouse or an insurer by its brand go out as written; a person's possession, a
 * person's test, a clinic named for people and an insurer as the employer are still replaced. Sentences invented for
 * this test, none from the dev file.
 */
class PhiEponymsAndPayersRound23bTest {
    private final PhiProbe probe = new PhiProbe();

    @ParameterizedTest
    @ValueSource(strings = {
        "the resident checked for Chvostek's sign because her calcium was low",
        "he was taught the Valsalva maneuver for the palpitations",
        "we charted it on the Bristol stool scale at intake",
        "the Ebbinghaus curve explains why she forgets the skills by Friday",
        "she read about the Westermarck effect and felt less strange",
        "the Dodson-Yerkes curve came up again in supervision",
        "her plan moved to PacificSource this year and the copay doubled",
        "the clinic submits claims through Office Ally every Thursday",
        "she did a few sessions through SonderMind before finding us",
    })
    void anEponymOrAPlatformGoesOutAsWritten(String text) {
        assertThat(probe.sentThroughGuard(text)).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // a relation before the name: her brother's test is his
        "my brother Tobias's test results came back clean | Tobias",
        // a person's place, whatever noun comes after it
        "the kids stayed at Marisol's house on Saturday night | Marisol",
        // a clinic named for people, where the client is seen
        "he is seen monthly at the Ashworth-Nakamura Clinic for his meds | Ashworth-Nakamura",
        // an insurer the client worked for is an employer
        "she was laid off from PacificSource after nine years in claims | PacificSource",
        // a given name before a noun people own stays a person's
        "Rosalind's method of calming the twins is a long drive | Rosalind",
    })
    void aPersonOrAPlaceOfTheSameShapeIsReplaced(String text, String value) {
        assertThat(probe.sentThroughGuard(text)).doesNotContain(value);
    }
}
