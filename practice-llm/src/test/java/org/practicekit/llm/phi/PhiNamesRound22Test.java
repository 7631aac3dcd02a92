package org.practicekit.llm.phi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * People named by a word-name (issue 13, round 22): the same person named again alone once the text names them in
 * full ("Summer Achebe ... Summer pays"), a given name that is a word before a surname, a particle or an initial
 * ("Dutch Kowalczyk", "Jordan M."), a unit with no number as the object of a contact verb ("texted miles"). Each was
 * checked to reach the wire on the branch's start. The same shapes as public words go out as written: a unit counted,
 * a letter after an article, a credential alone, a public name, a country or a noun holding the word. Sentences
 * invented for this test, none from the dev file.
 */
class PhiNamesRound22Test {
    private final PhiProbe probe = new PhiProbe();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Couples intake: Dutch Marchetti and his wife. Dutch did most of the talking. | Dutch",
        "it's Dutch again, Dutch Kowalczyk, about moving my Thursday | Dutch",
        "my roommate, Summer Achebe, moved in. Summer pays half the rent. | Summer",
        "Group today: Jordan M. and Jordan S.; Jordan S. left early. | Jordan",
        "i texted miles twice and he still hasn't answered | miles",
        "she talked to miles about the move before telling me | miles",
    })
    void theNameStaysOffTheWire(String text, String value) {
        assertThat(probe.sentThroughGuard(text)).doesNotContainPattern("\\b" + value + "\\b");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "she walks six miles every morning before work",
        "he drove two hundred miles for the funeral",
        "the L was packed so I got to work late",
        "took the T home after group",
        "she got an A on the exam and still felt like a failure",
        "my sister is finishing her PsyD this year",
        "he quit his PhD program last spring",
    })
    void theSameShapesAsWordsGoOutAsWritten(String text) {
        assertThat(probe.sentThroughGuard(text)).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Jordan Mbeki joined group; he keeps a Michael Jordan poster in his room | Michael Jordan",
        "Grace Tanaka called to reschedule. She said the hymn Amazing Grace makes her cry | Amazing Grace",
        "Jordan Lee wants to visit family. He flew to Jordan last year. | to Jordan",
        "Sage Lopez texted me. Sage tea helps me sleep. | Sage tea",
    })
    void aPublicNameHoldingTheWordStays(String text, String kept) {
        assertThat(probe.sentThroughGuard(text)).contains(kept);
    }
}
