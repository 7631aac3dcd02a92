package org.practicekit.llm.phi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 13, round 36 (places with no cue, and the date pieces that still leak): a police unit by its ordinal or
 * number ("the 6th precinct", "la comisaría 9"); a transit line by its colour or name after a word of riding, and a
 * named stop or station; a Spanish or Portuguese place noun before a name, a number or a line's colour ("la clínica
 * San Isidro", "el parque de la 3", "na escola Monteiro"); a county's or state's fair; a word no dictionary has after
 * "went to"; a facility's lower-case name after a verb of being taken in a sentence of care; an English weekday and a
 * bare day number. Lines and stations with no name, kinds of stop, counts after a weekday, times, a count of days after
 * a Spanish place noun and everyday words after "went to" go out as written. Sentences written for this test, none
 * from a dev or blind file.
 */
class PhiPlacesDatesRound36Test {
    private final PhiProbe probe = new PhiProbe();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "officers from the 6th precinct came by the apartment twice | 6th precinct",
        "he spent a night in the holding cell at Precinct 41 | 41",
        "lo detuvieron y lo llevaron a la comisaría 9 | comisaría 9",
        "she rides the orange line to her job and it triggers her | orange line",
        "panic attack on the Silver Line last week, had to get off | Silver",
        "he waits for his ride at Brinley station most mornings | Brinley",
        "she was sleeping at the Trailways station when outreach found her | Trailways",
        "la internaron en la clínica San Isidro por tres semanas | San Isidro",
        "dice que venden en el parque de la 3 y no deja salir a su hijo | parque de la 3",
        "toma la línea roja todos los días y le da ansiedad | línea roja",
        "o filho estuda na escola Monteiro Lobato e sofre bullying | Monteiro Lobato",
        "they had a huge fight at the county fair and the cops came | county fair",
        "went to bonnaroovia with her friends and took a pill | bonnaroovia",
        "after the overdose he got sent to maple haven for 30 days | maple haven",
        "we meet with the caseworker Fri 16 at noon | Fri 16",
        "court is Thursday 22 and he hasn't slept | Thursday 22",
    })
    void aPlaceOrADatePieceIsReplaced(String text, String value) {
        assertThat(probe.sentThroughGuard(text)).doesNotContain(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "we waited in the line at the pharmacy for an hour",
        "that was the bottom line for her, no more drinking",
        "she waited at the bus stop in the rain and felt calm",
        "he sat by the nurses station until his ride came",
        "she sat 2 hours in the waiting room before intake",
        "Monday 3 sessions remain on the authorization",
        "the group meets Wed 10 am in the community room",
        "el hospital 3 días y luego a casa con su mamá",
        "I went to sleep early and woke up rested",
        "she went to church with her grandmother and felt better",
        "was admitted to the hospital for 3 days and discharged home",
        "we read the 1st chapter together in session",
    })
    void aLineAStopOrACountGoesOut(String text) {
        assertThat(probe.sentThroughGuard(text)).isEqualTo(text);
    }
}
