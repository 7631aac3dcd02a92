package org.practicekit.llm.phi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 13, round 39 (dates and ages read deny by default): a month/day pair is a date unless a rating word heads it
 * or an instrument is named near it (a generic word of rating or counting further off, or past a comma, no longer
 * claims it); the end of a range of days; a date's own label ("DOS") before a pair a list also holds as clinical; a
 * day and month closed by a dot after a day's article in the clients' other languages; holidays pinned by "this
 * year" or before "two years ago";
 * an age over 89 after a pronoun ("made it to"), before "this year" and beside a kin word of another language.
 * Ratings, scores, shares, blood pressures, a kept custom and counts go out as written. Sentences written for this
 * test, none from a dev or blind file.
 */
class PhiDatesAgesRound39Test {
    private final PhiProbe probe = new PhiProbe();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "the caseworker wants the packet by close of day 9/12 at the latest | 9/12",
        "Parenting group sign-in sheet 4/15: six families came | 4/15",
        "her sister flies in the week after, 8/20, and stays a month | 8/20",
        "Billing corrected to one unit for DOS 6/6 per the payer | 6/6",
        "he was at the crisis unit 3/28\u20134/10 and came home thin | 4/10",
        "la trabajadora social viene el 4.3. por la tarde | 4.3.",
        "the kids go to their father's after Diwali this year | Diwali",
        "her dad died on Memorial Day two years ago | Memorial",
        "my great-grandpa made it to 103 and was sharp to the end | 103",
        "Aunt Bea, 96 this year, still lives on her own | 96",
        "su bisabuelo 95, vive con ellos en la casa | 95",
    })
    void aDateOrAnAgeIsReplaced(String text, String value) {
        assertThat(probe.sentThroughGuard(text)).doesNotContain(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "mood was 4/10 most of the week",
        "she rated her sleep a 6/10 last night",
        "PHQ 14/27 at intake and GAD 11/21",
        "takes 1/2 tab of the hydroxyzine before bed",
        "BP 118/76 at the clinic, no concerns",
        "they share custody 50/50 since the summer",
        "he went to the gym 4/5 days this week",
        "SUDS went from 8/10 to 3/10 in the session",
        "every year he drinks more around Thanksgiving",
        "she made valentines for her whole class",
        "the session ran 90 minutes because of the crisis",
        "scored 94 on her chemistry final and cried",
        "Mom's blood sugar was 110 this morning and she felt dizzy",
        "guess who got 99 problems and a landlord is one",
    })
    void aRatingAShareOrACountGoesOut(String text) {
        assertThat(probe.sentThroughGuard(text)).isEqualTo(text);
    }
}
