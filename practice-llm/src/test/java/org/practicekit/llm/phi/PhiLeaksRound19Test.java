package org.practicekit.llm.phi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What still reached the wire (issue 13, round 19), read by the slot: a given name that is a word, a season or a
 * virtue as the subject of a verb only a person takes (also in lower case, after an opening interjection, or with
 * "from work" between), a bare name after "goes to", a payer's health system in lower case where the client is
 * seen, a day over 12 before a month after a word that dates, and a holiday that dates the client's event (its
 * weekend, its gathering, a verb of the schedule before it). The same words as a season, a virtue, a
 * score, a dose, a product or a custom go out as written. Sentences invented for this test, none from the dev file.
 */
class PhiLeaksRound19Test {
    private final PhiProbe probe = new PhiProbe();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Spring texted me twice after the session | Spring",
        "Meadow hasn't replied since the court date | Meadow",
        "Billing: Blessing paid the balance online | Blessing",
        "ugh autumn from church told my mom everything | autumn",
        "she goes to UCLA and hates the commute | UCLA",
        "he is at kaiser for an intake tomorrow | kaiser",
        "Visit on 19/10 cancelled, client abroad | 19/10",
        "admitted 28.03 and moved to the step-down unit | 28.03",
        "we fought the whole way up over Memorial Day weekend | Memorial Day weekend",
        "my brother started yelling at Thanksgiving dinner | Thanksgiving dinner",
        "we have plans for Memorial Day weekend, can we move it | Memorial Day weekend",
        "can we skip Labor Day? my kids are off | Labor Day",
    })
    void theSlotKeepsTheValueOffTheWire(String text, String value) {
        assertThat(probe.sentThroughGuard(text)).doesNotContain(value);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Visit on 19/10 cancelled, client abroad | DATE:19/10",
        "we fought the whole way up over Memorial Day weekend | DATE:Memorial Day weekend",
        "she goes to UCLA and hates the commute | LOCATION:UCLA",
        "Meadow hasn't replied since the court date | PERSON:Meadow",
    })
    void theDetectorFindsTheSpanAndItsType(String text, String expected) {
        assertThat(probe.found(text)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Spring is the hardest season for her mood",
        "Autumn hasn't been easy since the divorce",
        "Faith is what got him through the first year",
        "summer school starts monday and he is nervous",
        "she goes to the UCLA games with her dad",
        "his plan is through kaiser and the deductible is high",
        "scored 19/30 on the MoCA today",
        "he says the crisis line is there 24/7",
        "she weighs 28.05 kg less than last year",
        "Christmas movies are the only thing she watches",
        "the practice is closed over Labor Day weekend",
        "every Memorial Day weekend the family goes camping",
        "Thanksgiving dinner was never a big thing for them",
        "she is saving up for Christmas presents",
        "her parents are flying in for Thanksgiving and she is dreading it",
    })
    void theSameWordAsASeasonVirtueScoreOrCustomGoesOutAsWritten(String text) {
        assertThat(probe.sentThroughGuard(text)).isEqualTo(text);
    }
}
