package org.practicekit.llm.phi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 13, round 20: a word stays public when the sentence makes it a named measure, therapy or model ("the Beck
 * Depression Inventory", "Cognitive Processing Therapy", "the Gottman method"), a medication written the way Spanish,
 * Portuguese or Italian write it ("sertralina"), one prayed to ("prays to Jesus and Mary"), or a character named with
 * its work after "in" or "on". The same words as a person of the client's life, an employer or a place of the
 * client's are still replaced. Sentences invented for this test, none from the dev files.
 */
class PhiHardNegativesRound20Test {
    private final PhiProbe probe = new PhiProbe();

    @ParameterizedTest
    @ValueSource(strings = {
        "Repeated the Columbia-Suicide Severity Rating Scale at discharge; denies ideation.",
        "We began Internal Family Systems parts mapping this week.",
        "Pt finished session 9 of Cognitive Processing Therapy and the impact statement.",
        "Gave her the Edinburgh Postnatal Depression Scale again, 9 today.",
        "we keep going back to the Gottman method and the repair attempts",
        "Explained the Dunning-Kruger effect when he rated his own driving.",
        "toma fluoxetina de 20 mg desde el verano",
        "she prays to Jesus and Mary before every court date",
        "she prays to Krishna and Lakshmi every morning",
        "he says he is like Neville in Harry Potter, always picked last",
    })
    void aPublicWordGoesOutAsWritten(String text) {
        assertThat(probe.sentThroughGuard(text)).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // the same words as people, employers and places of the client
        "she got a job at Harbor Family Therapy answering phones | Harbor",
        "he drives to Lakeview Physical Therapy twice a week for his knee | Lakeview",
        "My cousin Beck moved in after the eviction. | Beck",
        "she grew up in Edinburgh and still has family there | Edinburgh",
        "her grandson Gottman sleeps over on Fridays | Gottman",
        "mi prima Paulina me llevó a la cita | Paulina",
        "she prays for Maria every night since the accident | Maria",
        "he prays to his abuela Rosa at the altar | Rosa",
        "her foster son Neville in room 4 won't sleep | Neville",
        "Dave in Saint Paul calls every Sunday | Dave",
    })
    void theSameWordInTheClientsLifeIsReplaced(String text, String identifier) {
        assertThat(probe.sentThroughGuard(text)).doesNotContain(identifier);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Pt is in week 4 of Cognitive Processing Therapy. | Cognitive Processing Therapy",
        "toma sertralina de 50 mg cada mañana | sertralina",
    })
    void theDetectorReportsNoNameOrPlaceSoRead(String text, String words) {
        assertThat(PatternPhiDetector.builder().build().detect(text)).noneSatisfy(s -> assertThat(words)
                .contains(s.textOf(text)));
    }
}
