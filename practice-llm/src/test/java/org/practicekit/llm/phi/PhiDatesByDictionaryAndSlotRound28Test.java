package org.practicekit.llm.phi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Dates by dictionary and by slot (issue 13, round 28): a month of any locale the JDK carries next to a day number
 * (either order, with an ordinal dot, a case ending or a linking word), a weekday of any locale before its day, and a
 * month and day spoken in words after a birth word; a short slash date after a verb's "out" (only "out of" reads a
 * score); short names, English words, times and years alone go out as
 * written. Sentences invented for this test, none from the dev file.
 */
class PhiDatesByDictionaryAndSlotRound28Test {
    private final PhiProbe probe = new PhiProbe();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "sora mea a plecat de acasă pe 3 octombrie | 3 octombrie",
        "operaci měla 20. června a pořád se bojí | 20. června",
        "annem 8 Kasım'da hastaneye kaldırıldı | 8 Kasım",
        "otišao je od kuće 4. veljače i nije se javio | 4. veljače",
        "április 2-án költöztünk el | április 2-án",
        "vineri 12 decembrie a venit poliția | 12 decembrie",
        "my nephew was born seven nineteen oh nine | seven nineteen oh nine",
        "his birthday is twelve three, he wants a party | twelve three",
        "we have to be moved out 3/25 or they change the locks | 3/25",
        "my son got kicked out 11/20 for vaping | 11/20",
    })
    void aDateOfTheClassStaysOffTheWire(String text, String value) {
        // replaced as a date, not only as lower-case words the guard takes for names
        assertThat(probe.sentThroughGuard(text)).doesNotContain(value).contains("[DATE_");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "we stayed up until four thirty talking about the divorce",
        "I have been out of work since two thousand nine",
        "he bought 2 Mars bars and a soda",
        "she scored 18/30 on the MoCA today",
    })
    void notADateGoesOutAsWritten(String text) {
        assertThat(probe.sentThroughGuard(text)).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"pazartesi 10:00 randevum var", "marți 3 pm am programare"})
    void aWeekdayWithAClockTimeIsNoDate(String text) {
        // the other words may be read as names by the guard's lower-case reading; the time is not a date
        assertThat(probe.sentThroughGuard(text)).doesNotContain("[DATE");
    }
}
