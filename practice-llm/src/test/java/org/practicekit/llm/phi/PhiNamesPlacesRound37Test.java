package org.practicekit.llm.phi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Round 37 (issue 13): people and places with no cue (lower-case nicknames, initials, names that are words or US
 * states used of a person, employers and services tied to the client, care places by a saint's name, local places by
 * a short name, a city abroad) and the same public names used publicly, from the round's dev file
 * corpora/phi/dev-names-places-r37.txt (written before any change). The two sellers after "from" with the thing
 * bought between ("ordered a new phone from Walmart") are this round's change; round 36's code replaced them. Left
 * out because the code still misses them (docs/phi-detection.md, round 37): "coco has been sleeping", "spoke w/ T",
 * "JT was the one", "in Hospice of the Valley", "through VITAS", "at the galleria", "the chevron on main" (on the wire),
 * "admitted to St. Jude's" (only "St" replaced), and stores as a place the client shops ("bought a coat at Target").
 */
class PhiNamesPlacesRound37Test {
    private final PhiProbe probe = new PhiProbe();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "lol tasha texted me at 3am again asking for a ride | tasha",
        "my ex ray showed up at my job yesterday | ray",
        "Georgia texted client that she wanted to come home. | Georgia",
        "Client's sister Dakota drove up to be with her after the miscarriage. | Dakota",
        "Client reports J. threatened to take the kids to his mother's. | J\\.",
        "Client works at Amazon on the night shift and sleeps four hours a day. | Amazon",
        "Pt drives for DoorDash at night and says the stress of the app ratings keeps him up. | DoorDash",
        "Client is an LPN at Kaiser Permanente and is afraid her license will be reported. | Kaiser",
        "Pt discharged from Saint Agnes on Tuesday with a referral to us. | Agnes",
        "Client's mother just moved back to Manila and client feels abandoned. | Manila",
        "Client lives off Route 9 near the old quarry and has no neighbors. | Route 9",
    })
    void aPersonOrPlaceTiedToTheClientIsReplaced(String text, String value) {
        assertThat(probe.sentThroughGuard(text)).as(text).doesNotContainPattern("\\b" + value);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Client ordered a new phone from Walmart and it arrived broken.",
        "Client bought her new sneakers from Target and felt good about it.",
        "Client used Lyft to get to session because her car is in the shop.",
        "Client uses Instacart because going to the store triggers her agoraphobia.",
        "Client moved from Georgia to Ohio when she was 10.",
        "Client loves the Carolina Panthers and watches every game with his dad.",
        "Client is planning a trip to Mexico and is nervous about flying.",
        "Client says she prays to St. Jude for hopeless causes.",
        "Client drives for a rideshare company and has irregular hours.",
        "i have a rocky relationship with food lately",
        "Client talks about her faith and finds strength in prayer.",
    })
    void aPublicNameOrAWordUsedPubliclyGoesOutAsWritten(String text) {
        assertThat(probe.sentThroughGuard(text)).isEqualTo(text);
    }

    @Test
    void theRoundsDevFileHoldsItsFigures() {
        PhiCorpusEvaluation e = PhiCorpusEvaluation.detectorAndGuard("dev-names-places-r37",
                PhiCorpus.corpus("dev-names-places-r37.txt"));
        e.assertHolds(0.84, 8, 0, 0.21); // round 36's code and this round's: recall 0.842, 8 on the wire, 12 of 59 (20.3 %)
    }
}
