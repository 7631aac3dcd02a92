package org.practicekit.llm.phi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 13, round 16: the setting of the client's life is an identifier whatever list knows it. A highway by its
 * number, a road by its name, a hospital by its faith, a program by its acronym and a bar or street written in lower
 * case are reported by the detector as one {@code LOCATION} (the road's number inside, the place's "the" outside) and
 * never reach an endpoint without a BAA; a state, a country, a faith, a brand, a public program, a payer tied to the
 * client (round 21's convention: a payer named by its brand is public) and a kind of place go out as written.
 * Sentences invented for this test, none from the dev file.
 */
class PhiPlacesRound16Test {
    private final PhiProbe probe = new PhiProbe();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "traffic on the 101 this morning made me late to group | the 101",
        "he got pulled over on i94 coming back from his moms | i94",
        "we live off mlk now, near the laundromat | mlk",
        "i run along lake shore drive when i cant sleep | lake shore drive",
        "She walks down halsted ave to the bus every day. | halsted ave",
        "Client was admitted to Lutheran after the overdose. | Lutheran",
        "She was transferred to Baptist for a medical bed. | Baptist",
        "Pt was seen in the ED at Christ overnight. | Christ",
        "He is enrolled with TASC as part of probation. | TASC",
    })
    void theSettingOfTheClientsLifeIsAPlace(String text, String place) {
        assertThat(PatternPhiDetector.builder().build().detect(text))
                .anySatisfy(s -> {
                    assertThat(s.textOf(text)).isEqualTo(place);
                    assertThat(s.type()).isEqualTo(PhiCategory.LOCATION);
                });
        assertThat(probe.sentThroughGuard(text)).doesNotContain(place);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "she moved to Oregon to be closer to her sister",
        "Client says her Baptist faith keeps her grounded.",
        "He is on Medicaid and the copay is zero.",
        "her insurance is Ambetter and they want a new auth",
        "Cigna denied her claim for the intensive outpatient stay.",
        "she took a long drive after the session",
        "he is still mad at God about the miscarriage",
        "she was raised in the Baptist church down south",
        "he scored 101 on the practice quiz",
        "she was seen in the ER and sent home",
        "i got lost on the drive home from group",
        "his faith in Christ got him through the divorce",
    })
    void aStateAFaithAProgramOrAKindOfPlaceGoesOutAsWritten(String text) {
        assertThat(probe.sentThroughGuard(text)).isEqualTo(text);
    }
}
