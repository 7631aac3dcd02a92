package org.practicekit.notes.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Round 21: a handed item read by its shape ends its sentence on a noun phrase, or is not handed over. */
class HandedItemsTest {
    @Test
    void aScoreBesideAnEarlierScoreBecomesTheScoreAndItsDirection() {
        assertThat(HandedItems.evidence("EPDS 19, was 13")).isEqualTo("an EPDS score of 19, up from 13");
        assertThat(HandedItems.evidence("PHQ-9 12 (was 18)")).isEqualTo("a PHQ-9 score of 12, down from 18");
        assertThat(HandedItems.evidence("GAD-7 13/21 vs 15/21 last month"))
                .isEqualTo("a GAD-7 score of 13/21, down from 15/21 last month");
        assertThat(HandedItems.evidence("BDI 30 -> 18")).isEqualTo("a BDI score of 18, down from 30");
        assertThat(HandedItems.evidence("PHQ-9 from 17 to 8")).isEqualTo("a PHQ-9 score of 8, down from 17");
        assertThat(HandedItems.evidence("BHS 12, prev 15")).isEqualTo("a BHS score of 12, down from 15");
        assertThat(HandedItems.evidence("PG-13 38, was 38")).isEqualTo("a PG-13 score of 38, unchanged from 38");
        // The clinician's own direction word is kept as typed.
        assertThat(HandedItems.evidence("PCL-5 41, down from 52")).isEqualTo("a PCL-5 score of 41, down from 52");
        assertThat(HandedItems.evidence("PHQ9 15")).isEqualTo("a PHQ9 score of 15");
        assertThat(HandedItems.evidence("cravings 4/10, was 8/10")).isEqualTo("cravings at 4/10, down from 8/10");
    }

    @Test
    void aRateOrABareCountBecomesANounPhrase() {
        assertThat(HandedItems.evidence("2/wk from 5")).isEqualTo("a rate of 2 times a week, down from 5");
        assertThat(HandedItems.evidence("tantrums 4x/wk, was daily"))
                .isEqualTo("tantrums 4 times a week, previously daily");
        assertThat(HandedItems.evidence("avg 6 hrs/night from 4")).isEqualTo("an average of 6 hours a night, up from 4");
        assertThat(HandedItems.evidence("5 hrs/day, was 8")).isEqualTo("5 hours a day, down from 8");
        assertThat(HandedItems.evidence("flashbacks 5x this wk")).isEqualTo("flashbacks 5 times this week");
        assertThat(HandedItems.evidence("impulsive texts 1x this wk vs 6x"))
                .isEqualTo("impulsive texts once this week, down from 6");
        assertThat(HandedItems.evidence("19 days")).isEqualTo("a count of 19 days");
        assertThat(HandedItems.evidence("90%")).isEqualTo("a rate of 90%");
    }

    @Test
    void aNounPhraseIsKeptAndAnUnfinishedShapeNotReadIsNotHandedOver() {
        // Round 22: a kept noun phrase has its shorthand and symbols written out; its numbers and words stay.
        assertThat(HandedItems.evidence("3 arguments this wk, down from 7")).isEqualTo("3 arguments this week, down from 7");
        assertThat(HandedItems.evidence("tantrums ~3 nights this wk per parents"))
                .isEqualTo("tantrums about 3 nights this week per parents");
        assertThat(HandedItems.evidence("no drinking x 3 wks")).isEqualTo("no drinking for 3 weeks");
        assertThat(HandedItems.evidence("negative UDS x4")).isEqualTo("negative UDS 4 times");
        assertThat(HandedItems.evidence("1 argument w/ yelling this mo")).isEqualTo("1 argument with yelling this month");
        assertThat(HandedItems.evidence("checking the stove once before leaving"))
                .isEqualTo("checking the stove once before leaving");
        assertThat(HandedItems.evidence("4/5 days")).isEmpty();
        assertThat(HandedItems.evidence("drinks/wk 10 from 24")).isEmpty();
    }

    @Test
    void aListAfterADashOrASlashIsJoinedAndAChoiceIsNot() {
        assertThat(HandedItems.focus("TIPP - ice water, paced breathing")).isEqualTo("TIPP: ice water and paced breathing");
        assertThat(HandedItems.focus("PMR/diaphragmatic breathing")).isEqualTo("PMR and diaphragmatic breathing");
        assertThat(HandedItems.focus("5-4-3-2-1/cold water/naming objects"))
                .isEqualTo("5-4-3-2-1, cold water and naming objects");
        assertThat(HandedItems.focus("early warning signs")).isEqualTo("early warning signs");
        // Round 22: "w/" and "b/c" are words, never a slash list; "+" between items is "and"; a fraction is no list.
        assertThat(HandedItems.focus("interoceptive exposure w/ spinning + stair runs"))
                .isEqualTo("interoceptive exposure with spinning and stair runs");
        assertThat(HandedItems.focus("cravings at work b/c of coworker use"))
                .isEqualTo("cravings at work because of coworker use");
        assertThat(HandedItems.focus("3 meals + 2 snacks")).isEqualTo("3 meals and 2 snacks");
        assertThat(HandedItems.focus("6+ drinks on weekends")).isEqualTo("6+ drinks on weekends");
        assertThat(HandedItems.focus("breakfast 2/7 days")).isEqualTo("breakfast 2/7 days");
        // "his/her" is one choice, never two items: not handed over rather than copied with its slash.
        assertThat(HandedItems.focus("his/her role")).isEmpty();
    }
}
