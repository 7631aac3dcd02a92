package org.practicekit.llm.phi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole spans (issue 13, round 19): the detector reports a mention whole, read from the words at its edges: a name
 * written surname first, an initial with its period, a given name before a particle and surname; an age with its
 * unit; a date range, a date with its weekday and part of day; a site by its city; a masked or prefixed number, a
 * cash tag and a Discord tag; a phone's extension; an address's unit. The opposite case, the same shape as a plain
 * word, a score or a count, does not join. Sentences invented for this test, none from the dev file.
 */
class PhiSpansRound19Test {
    private final PhiProbe probe = new PhiProbe();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Patient: Vandermeer, Odalys  seen for intake | PERSON:Vandermeer, Odalys",
        "her counselor is F. Haldorsen, LPC | PERSON:F. Haldorsen",
        "Bogdan K. called to cancel again | PERSON:Bogdan K.",
        "the landlord is a 99-year-old widow | AGE:99-year-old",
        "she is away June 9–13 with her dad | DATE:June 9–13",
        "we fly out Thursday evening, 5/22 for the funeral | DATE:Thursday evening, 5/22",
        "moved her into Brookdale of Naperville last spring | LOCATION:Brookdale of Naperville",
        "reach the office at 312-555-0148 ext 31 for billing | PHONE:312-555-0148 ext 31",
    })
    void aMentionIsFoundWholeAndKeptOffTheWire(String text, String expected) {
        assertThat(probe.found(text)).contains(expected);
        String value = expected.substring(expected.indexOf(':') + 1);
        assertThat(probe.sentThroughGuard(text)).doesNotContain(value);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "her boyfriend Andre Always shows up late | PERSON:Andre",
        "Keisha Thanks for rescheduling | PERSON:Keisha",
        "left 3 msgs at 312-555-0148 2x today | PHONE:312-555-0148",
        "she walked to Eastland Mall 4 times this week | LOCATION:Eastland Mall",
    })
    void aPlainWordOrCountAfterAMentionDoesNotJoinIt(String text, String expected) {
        assertThat(probe.found(text)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Hi Nadia, Omar said the ride is set | Nadia, Omar",
        "Thanks, Rose said the forms are in | Thanks, Rose",
    })
    void twoPeopleOrAGreetingAndANameAreNotOneSpan(String text, String plain) {
        assertThat(probe.found(text)).noneMatch(s -> s.contains(plain));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "we lost 11–8 on the road, he was crushed | 11–8",
        "he is a 41-year-old teacher with two kids | 41-year-old",
        "she scored 14 on Monday, 9 on Friday | 14 on Monday",
    })
    void aScoreOrAnAgeUnderNinetyGoesOutAsWritten(String text, String plain) {
        assertThat(probe.found(text)).noneMatch(s -> s.contains(plain));
        assertThat(probe.sentThroughGuard(text)).contains(plain);
    }
}
