package org.practicekit.llm.phi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Round 25b's two policies (issue 13): a listed given name followed by a capitalized listed surname is a full name
 * whatever the surname means as a word ("Grant", "Black"), unless a public list holds the pair or a place noun follows;
 * and every member of a roll of people (capitalized words each followed by the same kind of value, most of them
 * people) is a person. Rolls of scales, of dates and of public words go out as written. Sentences invented for this
 * test, none from the dev file.
 */
class PhiFullNamesAndRollsRound25bTest {
    private final PhiProbe probe = new PhiProbe();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "my mentor Rosalind Grant says I should apply anyway | Grant",
        "Vernon Grant is the neighbor who calls the police on us | Grant",
        "Youth pastor Everett Black drove him home after the retreat | Black",
        "She finally told Janelle White about the diagnosis | White",
        "Autumn Bell dropped the paperwork off at the front desk | Autumn",
        "Will Best is covering for the case manager this month | Will",
        "Check-in: Sterling 6/10, Harmony 3/10, Lucius 8/10 | Sterling",
        "Check-in: Sterling 6/10, Harmony 3/10, Lucius 8/10 | Lucius",
        "Grandchildren: Ember (14), Cassius (11), Juniper (7) | Cassius",
        "Roll call: Brooks here; Marigold here; Desmond absent | Brooks",
    })
    void theNameStaysOffTheWire(String text, String value) {
        assertThat(probe.sentThroughGuard(text)).doesNotContain(value);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Vernon Grant is the neighbor who calls the police on us | PERSON:Vernon Grant",
        "Youth pastor Everett Black drove him home after the retreat | PERSON:Everett Black",
        "Appointments moved: April 3, May 8, June 12 | DATE:May 8",
    })
    void theDetectorFindsTheWholeName(String text, String expected) {
        assertThat(probe.found(text)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Scores today: PHQ-9 14, GAD-7 11, PCL-5 40",
        "Ratings: Mood 4/10, Sleep 6/10, Energy 3/10",
        "She applied for the Pell Grant and the state waiver",
        "He listens to Miles Davis on the bus",
        "She watched the Grant Park concert on the news",
        "The class read a speech by Martin Luther King today",
    })
    void theSameShapeWithPublicWordsGoesOutAsWritten(String text) {
        assertThat(probe.sentThroughGuard(text)).isEqualTo(text);
    }
}
