package org.practicekit.llm.phi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * People named the plain ways (issue 13, round 21): a lower-case given name that a person's verb vouches for, beyond
 * the most frequent names or an everyday word as well ("told dot that", "texted red back"), what is told right after
 * its person ("asked tad how", "told hope no"), and two-letter names in a pair before a verb ("cj and al came"). The same slots filled by a pronoun, a quantifier, a reflexive or a place of work go out as written.
 * Sentences invented for this test, none from the dev file.
 */
class PhiNamesRound21Test {
    private final PhiProbe probe = new PhiProbe();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "i told dot that im not coming back | dot",
        "asked tad how he got clean | tad",
        "i told hope no when she asked for money | hope",
        "texted red back after group | red",
        "asked king why he left | king",
        "cj and al came by with groceries after my surgery | al",
    })
    void theVerbKeepsTheNameOffTheWire(String text, String value) {
        assertThat(probe.sentThroughGuard(text)).doesNotContainPattern("\\b" + value + "\\b");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "asked tad how he got clean | tad",
        "texted red back after group | red",
    })
    void theDetectorReportsThePerson(String text, String value) {
        assertThat(probe.found(text)).anySatisfy(span -> assertThat(span).endsWith(":" + value));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "i told everyone no and left the party early",
        "she told the truth for once in group",
        "i asked around if anyone had a room to rent",
        "i told myself no more drinking after the wedding",
        "he told off the neighbor over the parking spot",
        "i told work i was sick so i could come today",
        "go and see if it helps, she said",
    })
    void theSameSlotWithNoPersonGoesOutAsWritten(String text) {
        assertThat(probe.sentThroughGuard(text)).isEqualTo(text);
    }
}
