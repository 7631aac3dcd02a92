package org.practicekit.llm.phi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 13, round 23 (public words kept public): a stock character built on a given name, a public event read from
 * the noun that heads it, a team's plural before "game" or "fan", a state board by its full name and the hours of a
 * shift go out as written; a person named beside the same shapes, a fan club, a county's office, a board as the
 * employer and a memorial run for someone are still replaced. Sentences invented for this test, none from the dev
 * file.
 */
class PhiPublicWordsRound23Test {
    private final PhiProbe probe = new PhiProbe();

    @ParameterizedTest
    @ValueSource(strings = {
        "he turns into a Nervous Nellie before every flight and hates it",
        "I do not want to be such a debbie downer at the reunion",
        "he called himself a Doubting Thomas about the whole program",
        "we walked the Apple Blossom Festival and she managed the crowds",
        "the kids want to go back to the County Fair this summer",
        "traffic from the Pride parade made her late again",
        "he has been a Mariners fan since he was six and the losing streak gets to him",
        "she cried when the Texas Board of Nursing finally answered her complaint",
        "she covers 3p-11p on weekends and cannot make evening groups",
    })
    void aStockCharacterAnEventATeamABoardOrShiftHoursGoOutAsWritten(String text) {
        assertThat(probe.sentThroughGuard(text)).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // a person of the same given name, with no stock shape around it
        "Nellie from next door picked the kids up on Friday | Nellie",
        // a relation before the pair keeps it a person
        "my aunt Nervous Nellie is what the cousins call her | Nellie",
        // a run held for someone names that someone
        "we did the Kyle Briggs memorial run in his honor | Kyle Briggs",
        // a team's game the client went to puts her at its arena
        "she went to the Mariners game with her uncle on Saturday | Mariners",
        // a county's office places someone
        "she works for the Multnomah County Department of Human Services | Multnomah",
    })
    void aPersonAPlaceOrAnEmployerOfTheSameShapeIsReplaced(String text, String value) {
        assertThat(probe.sentThroughGuard(text)).doesNotContain(value);
    }
}
