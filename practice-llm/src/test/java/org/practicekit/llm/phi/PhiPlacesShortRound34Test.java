package org.practicekit.llm.phi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 13, round 34 (places, institutions and employers in short forms): a hospital or school named without its
 * head noun after a verb of being taken or attending, in a sentence of care or school; a town that opens with Saint,
 * St., Fort, Port or Mount after a word of place; a road by its shape ("I 94", "MN-62") after a word of travel; a
 * street by a compass word and an ordinal; an employer's form field under another label than "Employer" and a company
 * before its HR; a day after "passed" when a relative passed. The same words as things, saints, plants, faults,
 * grades, floors and scores go out as written. Sentences written for this test, none from a dev or blind file.
 */
class PhiPlacesShortRound34Test {
    private final PhiProbe probe = new PhiProbe();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "the cops took her to Regions after she OD'd | Regions",
        "he was brought to Presbyterian by EMS around midnight | Presbyterian",
        "taken to Memorial by ambulance, discharged the next day | Memorial",
        "we stopped for gas in St. Paul on the way up north | Paul",
        "her brother still lives in Fort Dodge with his wife | Dodge",
        "stuck on I 94 for two hours and had a panic attack | 94",
        "crashed on MN-62 last winter and won't drive since | 62",
        "we rent a room on east 42nd near the bus stop | 42nd",
        "he sleeps on the south side of 47th most nights | 47th",
        "Job: Amazon   Shift: nights | Amazon",
        "Place of employment: Medtronic | Medtronic",
        "Work: Kaiser (front desk), nights | Kaiser",
        "mailed the FMLA letter to Boeing HR on Monday | Boeing",
        "his wife works for 3M in the lab and he resents it | 3M",
        "her grandpa passed 8/19 and she hasn't cried yet | 8/19",
        "his dad passed away 5/22 in hospice | 5/22",
    })
    void aShortPlaceOrEmployerIsReplaced(String text, String value) {
        assertThat(probe.sentThroughGuard(text)).doesNotContain(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "she prayed to St. Jude every night before the surgery",
        "he asked if St. John's wort is safe with his meds",
        "she took the kids to Spanish class after school",
        "her son is in the west 5th grade class this year",
        "she passed 3/4 of her classes this semester",
        "the Amazon order came late and he spiraled",
        "he still thinks about the Costco hot dog from that day",
        "the office is on the 4th floor now",
        "Job: Unemployed since the layoff",
        "pain 4/10 today, PHQ-9 12/27",
    })
    void aThingOrACountGoesOut(String text) {
        assertThat(probe.sentThroughGuard(text)).isEqualTo(text);
    }
}
