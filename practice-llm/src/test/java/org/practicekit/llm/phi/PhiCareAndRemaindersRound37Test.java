package org.practicekit.llm.phi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Round 37 (issue 13): a replaced name takes its whole mention with it. A span that stopped inside a name (after a
 * saint's "St", at a hyphen, after an apostrophe, before "of the") sent the rest of the name beside its placeholder
 * ("[LOCATION_1]. Jude's", "O'[PERSON_1]"); the guard now grows each name span over the pieces joined to it. Cases
 * written for the class, not taken from a dev or blind line. Left out because the code still sends them (docs,
 * round 37): an agency by its capitals with no cue ("on hospice through VITAS"), lower-case nicknames and bare initials
 * in the slot of a person ("coco has been sleeping", "spoke w/ T", "JT said").
 */
class PhiCareAndRemaindersRound37Test {
    private final PhiProbe probe = new PhiProbe();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Her uncle was admitted to St. Jude's for two nights after the seizure. | Jude",
        "Pt was brought to St. Elizabeth's by ambulance on Sunday. | Elizabeth",
        "Client was transferred to St. Catherine's late last night. | Catherine",
        "Client's friend O'Connell drove her home from group. | Connell",
        "Client saw Dr. O'Malley at the walk-in clinic. | Malley",
        "Client's stepdad Garcia-Lopez yelled at her in the car. | Lopez",
        "Client met Jean-Luc at the shelter and they talk daily. | Luc",
        "Client's father moved into Hospice of the Bluegrass last week. | Bluegrass",
        "Client's grandmother was admitted to Hospice of the Valley on Monday. | Valley",
        "J. Ramirez called twice about the custody papers. | Ramirez",
    })
    void theRestOfAReplacedNameIsReplacedToo(String text, String rest) {
        String sent = probe.sentThroughGuard(text);
        assertThat(sent).as(text).contains("[").doesNotContainPattern("\\b" + rest + "\\b");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Client prays to St. Jude when things feel hopeless.",
        "Client celebrated St. Patrick's Day with coworkers and drank more than planned.",
        "Client has a self-care plan for the weekend and a follow-up on Tuesday.",
    })
    void aSaintOrAHyphenNobodyReplacedGoesOutAsWritten(String text) {
        assertThat(probe.sentThroughGuard(text)).isEqualTo(text);
    }
}
