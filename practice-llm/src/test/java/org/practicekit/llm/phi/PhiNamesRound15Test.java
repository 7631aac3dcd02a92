package org.practicekit.llm.phi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 13, round 15: a capitalized word that a relation names is a person even when no given-name list has it or a
 * list calls it a measure or a title ("Chief, her cousin,", "Miles is my best friend"): the detector reports it and
 * the guard sends a placeholder. A pet, a day or a store in the same slot, and the same words used as words, go out as
 * written. Sentences invented for this test, none from the dev file.
 */
class PhiNamesRound15Test {
    private final PhiProbe probe = new PhiProbe();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Sparrow, his cousin, sleeps on our couch now. | Sparrow",
        "Admiral is my uncle and he drinks. | Admiral",
        "Chief, her cousin, drove her to group. | Chief",
        "Miles is my best friend from the unit. | Miles",
    })
    void aCapitalizedWordARelationNamesIsReplaced(String text, String name) {
        assertThat(probe.sentThroughGuard(text)).doesNotContainPattern("\\b" + name + "\\b");
        assertThat(PatternPhiDetector.builder().build().detect(text))
                .anySatisfy(s -> assertThat(s.textOf(text)).isEqualTo(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Pepper, her dog, died last week.",
        "Ranger is my dog and he sleeps in my bed.",
        "Monday, my day off, was rough.",
        "Chief complaint: insomnia since the move.",
        "We walked two miles after group.",
    })
    void aPetADayOrAWordInTheSameSlotGoesOutAsWritten(String text) {
        assertThat(probe.sentThroughGuard(text)).isEqualTo(text);
    }
}
