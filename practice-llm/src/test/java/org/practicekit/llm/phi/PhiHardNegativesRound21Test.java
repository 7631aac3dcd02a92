package org.practicekit.llm.phi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 13, round 21 (public words stay public): the guard sends as written a public line whose phrase names no one
 * although a pronoun sits further back, an office's main, billing or front-desk line, and the words of diagnoses and
 * scales in Spanish, Portuguese and French and brand names of medicines sold outside the US. A person's direct or
 * office line and a person named like a word are still replaced. Sentences invented for this test, none from the dev
 * files.
 */
class PhiHardNegativesRound21Test {
    private final PhiProbe probe = new PhiProbe();

    @ParameterizedTest
    @ValueSource(strings = {
        "she handed him the poison control line, 1-800-222-1222, before leaving",
        "Questions about your statement? Our billing office line is 614-555-0109.",
        "el diagnóstico fue trastorno de pánico con agorafobia",
    })
    void aPublicWordOrNumberGoesOutAsWritten(String text) {
        assertThat(probe.sentThroughGuard(text)).isEqualTo(text);
    }

    // The clinical words go out as written; the verbs around them may not yet ("saiu", "suivi"): a short sentence
    // with few closed-class words is read as no language, and its lower-case words as possible names.
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "fez o questionário e a pontuação de ansiedade saiu alta | questionário e a pontuação de ansiedade",
        "trouble anxieux généralisé, suivi chaque semaine | trouble anxieux généralisé",
        "tomaba Rivotril y Tafil antes de venir a este país | Rivotril y Tafil antes de venir a este país",
        "diagnóstico: transtorno de estresse pós-traumático | transtorno de estresse pós-traumático",
    })
    void aClinicalTermInTheClientsLanguageGoesOutAsWritten(String text, String term) {
        assertThat(probe.sentThroughGuard(text)).contains(term);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // a person's own line, toll-free or not
        "his direct line at the credit union is 888-555-0143 for the claim | 555-0143",
        "my office number is 614-555-0177, call there about billing | 555-0177",
        "reach her front desk cell at 614-555-0164 | 555-0164",
        // a word of a diagnosis as a person's name
        "mi hija Escala no quiere ir a la escuela | Escala",
    })
    void theSameWordAsTheClientsIsReplaced(String text, String identifier) {
        assertThat(probe.sentThroughGuard(text)).doesNotContain(identifier);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "sigue con ansiedade generalizada desde o ano passado | ansiedade generalizada",
        "Rivotril 2 mg a la noche | Rivotril",
    })
    void theDetectorReportsNoNameInAClinicalTerm(String text, String words) {
        assertThat(PatternPhiDetector.builder().build().detect(text)).noneSatisfy(s -> assertThat(words)
                .contains(s.textOf(text)));
    }
}
