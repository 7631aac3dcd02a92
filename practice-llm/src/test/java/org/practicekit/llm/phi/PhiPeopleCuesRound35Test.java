package org.practicekit.llm.phi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 13, round 35 (people introduced by the speaker, a bracket, a field or a nickname): a name is replaced where
 * the cue around it is no relation before it but a slot only a person fills, whatever public or everyday reading the
 * word has: the speaker naming themself ("it's coco btw", "this is yasmin", "i'm june lol", "em là Trâm"), a
 * sign-off at a message's end ("- Pascal"), an age or pronouns right after the name ("Faith, 6, and her brother"),
 * the value of a field whose label is a person's role ("guardian - Destiny M."), a kin word or title of address in
 * the clients' languages ("Kuya Jun"), the associative plural ("Tank and them") and a doubled nickname ("Man-man");
 * the 11 first sentences all went out on the code before. The same shapes with no one in them ("it's hard", "it's
 * me again", "Referred by: self", "(50 min)", "Coach said", "Note: client arrived late", "Father Time", a company
 * that calls) go out as written. Sentences written for this test, none from a dev or blind file (the round's dev
 * file is corpora/phi/dev-people-cues-r35.txt). Still missed and left out here: a nickname that is an everyday noun
 * before a verb ("Moose called me", "Boo moved in"), a given name that English speaks as a word in a lower-case
 * self-introduction ("its ace again lol").
 */
class PhiPeopleCuesRound35Test {
    private final PhiProbe probe = new PhiProbe();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "hey it's coco btw, got a new phone | coco",
        "pls text only, my husband reads my mail. this is yasmin | yasmin",
        "Not urgent, just a question about the worksheet. \u2014 Pascal | Pascal",
        "Hey hey it's Tiana! Send my reminders to the new number. | Tiana",
        "Chào cô, em là Trâm, em xin dời lịch hẹn. | Trâm",
        "Faith, 6, and her brother were removed from the home. | Faith",
        "i'm june lol, the one from group | june",
        "guardian - Destiny M. signed the ROI | Destiny",
        "Tank and them were outside the apartment again. | Tank",
        "Kuya Jun got deported last year. | Jun",
        "Man-man got suspended again for fighting. | Man-man",
        // held from before: the brief's shapes with names no dictionary knows
        "this is mrs. hale from the pool, he left his jacket | hale",
        "soy Fer, ya hice la tarea | Fer",
        "Hi, this is Odalys, calling back about the evening slot. | Odalys",
        "can't come tonight, car broke down - Rosalind | Rosalind",
        "see you next time, Hunter | Hunter",
        "Destiny (13) has not been to school in weeks. | Destiny",
        "Jade (she/they) joined group for the first time. | Jade",
        "Collateral: Crystal (sister) by phone. | Crystal",
        "Auntie Efua is moving in with us. | Efua",
        "the school nurse, ms. kowalczyk, called me | kowalczyk",
    })
    void aPersonIntroducedByTheirSlotIsReplaced(String text, String value) {
        assertThat(probe.sentThroughGuard(text)).doesNotContain(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "it's hard to say it out loud",
        "it's me again, can't sleep",
        "Hey it's Monday again lol",
        "It's Easter, so no session.",
        "Thanks, Doc!",
        "Referred by: self.",
        "Emergency contact: none given.",
        "Guardian - N/A.",
        "Pronouns: they/them.",
        "Session (50 min) focused on grief.",
        "Mood (6/10) improved.",
        "Patient (62, she/her) reports better sleep.",
        "The Coach bag was a gift.",
        "Coach said he can't play until his grades come up.",
        "Note: client arrived late.",
        "my name's mud at home right now",
        "He watched Father Time docs all night.",
        "This is Lincoln Financial calling about the claim.",
        "She said therapy would be like Dr. Phil.",
        "ok thank you - Front Desk",
    })
    void theSameShapesWithNoOneGoOutAsWritten(String text) {
        assertThat(probe.sentThroughGuard(text)).isEqualTo(text);
    }
}
