package org.practicekit.llm.phi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What still reached the wire (issue 13, round 21), read by the slot: a street that names the place before it ("the
 * diner off Elm"), a parish named for a saint or a mystery where the client goes ("at Holy Cross", "vamos a San
 * Martín"), a day of the twenties and thirties written in two words ("on the twenty second"), and a room on a
 * video-visit service ("doxy.me/...", "zoom.us/my/..."). The same words as a gear, a weekday, a prayer, a rank or the
 * service's bare name go out as written. Sentences invented for this test, none from the dev file.
 */
class PhiLeaksRound21Test {
    private final PhiProbe probe = new PhiProbe();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "she buys her cigarettes at the gas station off Maple every night | Maple",
        "the pawn shop on Lenox is where he sold the ring | Lenox",
        "we lived in the apartments on 9th until the fire | 9th",
        "mi hijo va a la misa en Sagrado Corazón cada domingo | Sagrado Corazón",
        "every easter we go to Holy Cross with grandma | Holy Cross",
        "fuimos a San Martín de Porres para el bautizo | San Martín",
        "probation check-in got moved to the twenty second and he is nervous | twenty second",
        "my last drink was on the thirty first, i am counting days | thirty first",
        "here is the link for tomorrow: doxy.me/drokonkwo | doxy.me/drokonkwo",
        "join at https://zoom.us/my/alvarezcounseling when ready | alvarezcounseling",
    })
    void theSlotKeepsTheValueOffTheWire(String text, String value) {
        assertThat(probe.sentThroughGuard(text)).doesNotContain(value);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "we lived in the apartments on 9th until the fire | LOCATION:9th",
        "every easter we go to Holy Cross with grandma | LOCATION:Holy Cross",
        "probation check-in got moved to the twenty second and he is nervous | DATE:twenty second",
        "here is the link for tomorrow: doxy.me/drokonkwo | URL:doxy.me/drokonkwo",
    })
    void theDetectorFindsTheSpanAndItsType(String text, String expected) {
        assertThat(probe.found(text)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "the truck is stuck on 3rd gear again",
        "the bar on Saturday was too loud for her",
        "he goes to the meeting at the church on Thursdays",
        "she found the shop on Etsy and ordered a blanket",
        "she lights a candle and prays to Saint Anthony when she loses things",
        "he says he gets strength from the Holy Spirit",
        "she came in twenty second place out of forty runners",
        "this is the thirty first day in a row she walked",
        "our sessions are on doxy.me now, it works on her phone",
        "she read an article on zoom fatigue",
    })
    void theSameWordAsAGearWeekdayPrayerOrRankGoesOutAsWritten(String text) {
        assertThat(probe.sentThroughGuard(text)).isEqualTo(text);
    }
}
