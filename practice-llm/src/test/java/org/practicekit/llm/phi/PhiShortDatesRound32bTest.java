package org.practicekit.llm.phi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 13, round 32b (dates written the short way): a month, a season or a holiday with a year whose century an
 * apostrophe stands for ("dec '19", "fall '12", "the summer of '98", "Christmas '15") places an event of the client's
 * life more finely than the year alone, so it is replaced with the year; the short forms the guard already read (a
 * lower-case month abbreviation and its day, a bare month/day after a cue, a lone ordinal day after "the") stay
 * replaced, and scores, fractions, doses, times and "24/7" go out as written. Sentences written for this test, none
 * from a dev or blind file.
 */
class PhiShortDatesRound32bTest {
    private final PhiProbe probe = new PhiProbe();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "my parents split up in fall '11 and we moved | '11",
        "we got married the summer of '04, before the kids | '04",
        "he was first hospitalized nov '18 per his sister | '18",
        "i got clean in spring '16 and stayed clean for years | '16",
        "she lost her job March '20, right when covid hit | '20",
        "the accident was winter of '07, i still dream about it | '07",
        "grandma died Thanksgiving '19 and mom never recovered | '19",
        "can we move my appt to feb 3? | feb 3",
        "my mom passed on sept 14th and i still cant sleep | sept 14th",
        "sober since 10/2!! almost 6 months | 10/2",
        "see you the fourteenth then, same time? | fourteenth",
        "can we do the 21st instead | 21st",
    })
    void aShortDateIsReplaced(String text, String value) {
        assertThat(probe.sentThroughGuard(text)).doesNotContain(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "PHQ 9/27 at intake, down from 18",
        "slept 4/7 nights this week",
        "pain is 3/10 today",
        "completed 5/7 planned activities on the log",
        "take 2/day with food",
        "she works 24/7 and never sees the kids",
        "i may not make it, my car is in the shop",
        "can I get a second opinion on the diagnosis",
        "the school march for climate was fun",
        "session moved to 3:30, same room",
        "he says 'rock and roll' all the time",
        "we don't have the '90s music he likes",
    })
    void aClinicalNumberOrAnEverydayWordGoesOut(String text) {
        assertThat(probe.sentThroughGuard(text)).isEqualTo(text);
    }
}
