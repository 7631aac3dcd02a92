package org.practicekit.llm.phi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 13, round 18: a listed team, payer or brand stays public when the sentence says what it does: a team is
 * watched, cheered, wins or loses, has games and parades; a payer or public program covers, denies, approves or pays;
 * a brand is counted as it is drunk. The same names as the client's employer, a place of the client's or a person
 * of the client's life are still replaced. Sentences invented for this test, none from the dev files.
 */
class PhiHardNegativesRound18Test {
    private final PhiProbe probe = new PhiProbe();

    @ParameterizedTest
    @ValueSource(strings = {
        "Dad gets loud every time the Steelers lose and the kids hide upstairs.",
        "we were up till 1am because the Dodgers played extra innings",
        "Client wore his Celtics jersey to session and talked about the playoffs.",
        "Tricare denied the second authorization for testing.",
        "Medicare won't pay for the couples sessions, only individual.",
        "Pt reports 8 Bud Lights on Saturdays; discussed the AUDIT.",
    })
    void aTeamPayerOrBrandGoesOutAsWritten(String text) {
        assertThat(probe.sentThroughGuard(text)).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // the same names as where the client works, and people who share them
        "He works security at the Steelers stadium on weekends. | Steelers",
        "She was fired from Tricare billing in June, lost her job after eight years. | Tricare",
        "my nephew Dodger lost his game and cried for an hour | Dodger",
        "Her son Cash plays the Celtics every weekend on his Xbox. | Cash",
        "my cousin Medina says the Lakers lost, she was at the game | Medina",
    })
    void theSameNameInTheClientsLifeIsReplaced(String text, String identifier) {
        assertThat(probe.sentThroughGuard(text)).doesNotContain(identifier);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "We missed group because the Packers won and the roads were a mess. | Packers",
        "Medicaid denied the claim twice this quarter. | Medicaid",
    })
    void theDetectorReportsNoTeamOrPayerThatActs(String text, String name) {
        assertThat(PatternPhiDetector.builder().build().detect(text)).noneSatisfy(s -> assertThat(name)
                .contains(s.textOf(text)));
    }
}
