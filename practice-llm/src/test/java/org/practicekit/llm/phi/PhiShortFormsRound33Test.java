package org.practicekit.llm.phi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 13, round 33 (dates and roads in short forms): a date or a road written the shortest way is read by its
 * slot, the word before it (a preposition or verb of time or travel) and the word after it: a road's class of two
 * words or an abbreviated one after a word of travel ("state road 7", "on SR 520"), a bare road number after a verb
 * of driving and before a compass point ("took 84 north"), a lone ordinal day after "due", "see you" or a verb of
 * moving a day, a month/day after a shortened "dx'd", and one day of several months in a dated list ("seen 3/14,
 * 4/14"). Ratings, scores, doses, counts and ordinals of sequence beside them go out as written. Sentences written
 * for this test, none from a dev or blind file.
 */
class PhiShortFormsRound33Test {
    private final PhiProbe probe = new PhiProbe();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "his car died on state road 44 last night | 44",
        "we rent a place off County Rd 9 now | County Rd 9",
        "the crash was on SR 167 by the mall | 167",
        "she hit traffic on CR 31 and missed group | 31",
        "he took 84 east to his mom's after the fight | 84",
        "she lives just off 287 with her aunt | 287",
        "state road 60 was flooded so i stayed home | state road 60",
        "we took the 101 up to see his dad | 101",
        "rent is due the first and we are short again | the first",
        "can we move it to the third? work changed my shift | third",
        "see you the ninth, same time | ninth",
        "dx'd 7/9 with T2DM per pt, very anxious about it | 7/9",
        "seen 2/17, 3/17 and 4/17 for med checks | 3/17",
        "inpatient from 5/19 to 6/19, then PHP | 6/19",
    })
    void aShortDateOrRoadIsReplaced(String text, String value) {
        assertThat(probe.sentThroughGuard(text)).doesNotContain(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "rated anxiety 6/10 on arrival",
        "PHQ-9 went from 12/27 to 8/27 over six weeks",
        "PHQ-9 18/27 today, down from 12/27",
        "takes bupropion SR 150 mg every morning",
        "took 2 to sleep and still woke up at 3",
        "drove 95 miles to the funeral and back",
        "she made 95 % of her groups this term",
        "that was the third time he left her stranded",
        "he repeated ninth grade after the move",
        "GAD-7 9/21 and 11/21 at the last two visits",
        "switched to the second one after the rash",
    })
    void aClinicalNumberOrAnOrdinalGoesOut(String text) {
        assertThat(probe.sentThroughGuard(text)).isEqualTo(text);
    }
}
