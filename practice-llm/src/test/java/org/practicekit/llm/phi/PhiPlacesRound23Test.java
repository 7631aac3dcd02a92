package org.practicekit.llm.phi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Places and dates a reader knows from the sentence (issue 13, round 23): a local program named by capitalized
 * everyday words after a verb that refers or enrolls the client ("referred to Project Compass"), and a bare
 * month/day pair after a word that schedules an event and "for", "to", "is" or "was", also on a total a score uses
 * ("the recheck is set for 5/4"). The same shapes as a national program, an agency, a therapy, a person, a score
 * and a share go out as written. Sentences invented for this test, none from the dev file.
 */
class PhiPlacesRound23Test {
    private final PhiProbe probe = new PhiProbe();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "the caseworker referred him to Project Compass for rent help | Compass",
        "she is enrolled in Pathways Home and meets her mentor weekly | Pathways Home",
        "we got into Project Keystone after six months on the list | Keystone",
        "they moved the recheck to 7/4 because of the holiday | 7/4",
        "her dental follow-up is set for 9/10 in the morning | 9/10",
        "the custody hearing was pushed to 2/3 again | 2/3",
    })
    void theSlotKeepsTheValueOffTheWire(String text, String value) {
        assertThat(probe.sentThroughGuard(text)).doesNotContain(value);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "she is enrolled in Pathways Home and meets her mentor weekly | LOCATION:Pathways Home",
        "her dental follow-up is set for 9/10 in the morning | DATE:9/10",
    })
    void theDetectorFindsTheWholeValue(String text, String expected) {
        assertThat(probe.found(text)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "her grandson is enrolled in Head Start this fall",
        "he was referred to Dialectical Behavior Therapy for the self-harm",
        "she was referred to Narcotics Anonymous by the judge",
        "he slept 3/4 nights without waking this week",
        "the evening group is 3/4 full already",
        "the schedule for 3/4 of the week is open",
        "she rated the pain 6/10 at the visit",
    })
    void theSameShapeAsAPublicWordGoesOutAsWritten(String text) {
        assertThat(probe.sentThroughGuard(text)).isEqualTo(text);
    }
}
