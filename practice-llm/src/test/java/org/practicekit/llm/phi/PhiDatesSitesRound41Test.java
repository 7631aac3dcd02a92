package org.practicekit.llm.phi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 13, round 41 (dates without a year, short institution names): a month/day pair that dates one occasion (the
 * heading of a group's or a session's note closed by a colon, a singular session after a pair, the next session)
 * and a hospital called by one to three words before its emergency department's noun, whatever the words' public
 * reading ("at mercy ER"). Ratings, counts of sessions and kinds of emergency department go out as written.
 * Sentences written for this test, none from a dev or blind file.
 */
class PhiDatesSitesRound41Test {
    private final PhiProbe probe = new PhiProbe();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Anger management group 4/17: five men, one new | 4/17",
        "DBT skills group, 9/23: mindfulness module wrapped up | 9/23",
        "Family session 6/4: mom and both sons present | 6/4",
        "the 8/14 session was billed twice by mistake | 8/14",
        "Next session 10/2, same time | 10/2",
        "she texted from the Holloway ER around midnight | Holloway",
        "we're at providence ED, they took blood | providence",
        "dad got moved to the St. Agnes ICU overnight | Agnes",
    })
    void anOccasionsDateOrAHospitalIsReplaced(String text, String value) {
        assertThat(probe.sentThroughGuard(text)).doesNotContain(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "he has finished 6/12 sessions of the protocol",
        "group cohesion rated 8/10 by the members",
        "rated the session 7/10 overall",
        "mood 3/10: low energy, poor sleep",
        "she waited five hours in the ER",
        "took him to the pediatric ER last night",
        "the local ED gave her a lorazepam",
        "sat in the same ER as last time",
    })
    void aRatingACountOrAKindOfDepartmentGoesOut(String text) {
        assertThat(probe.sentThroughGuard(text)).isEqualTo(text);
    }
}
