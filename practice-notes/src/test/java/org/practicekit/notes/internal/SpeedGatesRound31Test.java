package org.practicekit.notes.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Round 31 dev cases for the speed work: texts that reach each cheap test added before a pattern (a sex typed before
 * an age, a role and a bare number, quotation marks of every kind, none at all). Each row is the text, then what
 * {@link Demographics#written} and {@link Shorthand#expand} (noun-first and verb-first) wrote for it on the code
 * before the round (0a90c3b): a gate must skip only texts its pattern cannot change.
 */
class SpeedGatesRound31Test {
    private static final String[][] BEFORE = {
            {"M, 19, recent breakup", "19-year-old man, recent breakup", "M, 19, recent breakup", "M, 19, recent breakup"},
            {"male 42", "42-year-old male", "male 42", "male 42"},
            {"female, 61; lives alone", "61-year-old female; lives alone", "female, 61; lives alone", "female, 61; lives alone"},
            {"Female 30", "30-year-old female", "Female 30", "Female 30"},
            {"F, 27", "27-year-old woman", "F, 27", "F, 27"},
            {"woman, 45", "45-year-old woman", "woman, 45", "woman, 45"},
            {"man 50 years", "man 50 years", "man 50 years", "man 50 years"},
            {"mother, 19", "mother, 19", "mother, 19", "mother, 19"},
            {"college student, 19", "college student, 19-year-old", "college student, 19", "college student, 19"},
            {"veteran, 68", "veteran, 68-year-old", "veteran, 68", "veteran, 68"},
            {"panic attacks, 3 a week", "panic attacks, 3 a week", "panic attacks, 3 a week", "panic attacks, 3 a week"},
            {"34M, poor sleep", "34-year-old man, poor sleep", "34M, poor sleep", "34M, poor sleep"},
            {"16yoF with low mood", "16-year-old girl with low mood", "16yoF with low mood", "16yoF with low mood"},
            {"7 y/o F", "7-year-old girl", "7-year-old F", "7-year-old F"},
            {"no number, here", "no number, here", "no number, here", "no number, here"},
            {"missed work, 2 days", "missed work, 2 days", "missed work, 2 days", "missed work, 2 days"},
            {"client said \"I can't sleep\" w/ SI", "client said \"I can't sleep\" w/ SI", "client said \"I can't sleep\" with SI", "client said \"I can't sleep\" with SI"},
            {"pt reports 'feeling down' x 2 wks", "pt reports 'feeling down' x 2 wks", "pt reports 'feeling down' x 2 weeks", "pt reports 'feeling down' x 2 weeks"},
            {"mom's SO called re: f/u", "mom's SO called re: f/u", "mom's significant other called regarding follow-up", "mom's significant other called regarding follow-up"},
            {"denies SI/HI, f/u in 2 wks", "denies SI/HI, f/u in 2 wks", "denies SI/HI, follow-up in 2 weeks", "denies SI/HI, follow-up in 2 weeks"},
            {"“tired of meds” per pt", "“tired of meds” per pt", "“tired of meds” per pt", "“tired of meds” per pt"},
            {"pt's wife's concern re: ETOH", "pt's wife's concern re: ETOH", "pt's wife's concern regarding ETOH", "pt's wife's concern regarding ETOH"},
            {"reports it's 'not that bad'", "reports it's 'not that bad'", "reports it's 'not that bad'", "reports it's 'not that bad'"},
            {"pt c/o HA & N/V", "pt c/o HA & N/V", "pt c/o HA and N/V", "pt c/o HA and N/V"},
            {"A&Ox3, cooperative", "A&Ox3, cooperative", "alert and oriented x3, cooperative", "alert and oriented x3, cooperative"},
            {"no quotes at all here", "no quotes at all here", "no quotes at all here", "no quotes at all here"},
    };

    @Test
    void theGatedReadingsWriteWhatTheUngatedOnesWrote() {
        for (String[] row : BEFORE) {
            assertThat(Demographics.written(row[0])).as(row[0]).isEqualTo(row[1]);
            assertThat(Shorthand.expand(row[0], false)).as(row[0]).isEqualTo(row[2]);
            assertThat(Shorthand.expand(row[0], true)).as(row[0]).isEqualTo(row[3]);
        }
    }

    @Test
    void theSameReadingsInsideADraftScope() {
        // Inside a draft the answers are kept per draft: the kept answer is the same one.
        try (var scope = English.draftScope()) {
            for (int pass = 0; pass < 2; pass++) {
                for (String[] row : BEFORE) {
                    assertThat(Demographics.written(row[0])).as(row[0]).isEqualTo(row[1]);
                    assertThat(Shorthand.expand(row[0], false)).as(row[0]).isEqualTo(row[2]);
                }
            }
        }
    }

    /** A count typed "1 times" beside "at times" and "sometimes": {@link Shorthand#rates} as written before the round. */
    private static final String[][] RATES_BEFORE = {
            {"binged 1 times last week", "binged 1 time last week"},
            {"at times 3 panic attacks", "at times 3 panic attacks"},
            {"sometimes has 2 drinks", "sometimes has 2 drinks"},
            {"cut 2x last week", "cut 2 times last week"},
            {"SI x1 this week", "SI 1 time this week"},
            {"drank 3 times, at times alone", "drank 3 times, at times alone"},
            {"x2wk of poor sleep", "x2 weeks of poor sleep"},
            {"sleeps 5h, sometimes 4 h", "sleeps 5 hours, sometimes 4 hours"},
            {"10 times/day", "10 times a day"},
    };

    @Test
    void countsAreReadAsBeforeWhateverTimesStandsBeside() {
        for (String[] row : RATES_BEFORE) {
            assertThat(Shorthand.rates(row[0])).as(row[0]).isEqualTo(row[1]);
        }
    }
}
