package org.practicekit.llm.phi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Round 36 (issue 13): names that are words or public names used of a person, lower-case names in texts with no
 * capital, short places with no cue, and the same words used as words or of the public figure, from the round's dev
 * file corpora/phi/dev-word-names-r36.txt (written before any change). Left out because the code still misses them
 * (docs/phi-detection.md, round 36): "Ace keeps showing up at her job" (on the wire), "honestly faith is the only one
 * who gets me" (on the wire), "i was at jades place" (kept off the wire by the guard only), and "She listens to Ozzy"
 * (the singer read as a place).
 */
class PhiWordNamesRound36Test {
    private final PhiProbe probe = new PhiProbe();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Hunter refused to get out of the car at drop-off and mom had to walk him in. | Hunter",
        "Client reports Journey has been sleeping at her aunt's since the fight on Friday. | Journey",
        "Mother states Precious stopped eating lunch at school after the bullying started. | Precious",
        "Kobe (age 9) was suspended again, second time this month. | Kobe",
        "Writer's brother Drake moved back in and the house has been loud ever since. | Drake",
        "Spoke with Bear by phone, he confirmed he will bring his sister to Thursday's session. | Bear",
        "Storm and Willow are staying with their dad for spring break. | Storm",
        "Client called her ex, Tank, and he agreed to let the kids stay the weekend. | Tank",
        "Shaq (client's cousin) drove her to the ER last night. | Shaq",
        "Her boyfriend Sarge gets angry when she goes out with friends. | Sarge",
        "Client's niece Unique is moving in with them in June. | Unique",
        "me and rocky broke up for real this time | rocky",
        "i told sunny i cant do the party, too much people | sunny",
        "my sister mercy thinks i should go back on my meds | mercy",
        "cash wont let me see the baby unless i pay him | cash",
        "skye and river are both sick so i cant come today | river",
        "we moved to bristol in may and the kids hate the new school | bristol",
        "Client's family relocated from Hope to be closer to the hospital. | Hope",
    })
    void aPersonOrPlaceIsReplaced(String text, String value) {
        assertThat(probe.sentThroughGuard(text)).as(text).doesNotContainPattern("\\b" + value + "\\b");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Client talked about hope and what it would take to feel it again.",
        "Client is a big Drake fan and quoted his lyrics all session.",
        "Watched Kobe highlights with his dad, which he called the best part of his week.",
        "Client described the storm last week; the storm knocked out power for two days.",
        "Client reports a sense of serenity after the grounding exercise.",
        "The bishop at her church wrote a letter of support for the custody hearing.",
        "i need to save more cash before i move out",
        "it was so sunny out so we walked to the park",
        "ate too much honey toast lol, stomach hurts",
        "the river was high after all the rain so we didnt go fishing",
        "i had a rocky week, lots of fighting with my mom",
    })
    void theSameWordAsAWordGoesOutAsWritten(String text) {
        assertThat(probe.sentThroughGuard(text)).isEqualTo(text);
    }

    @Test
    void theRoundsDevFileHoldsItsFigures() {
        PhiCorpusEvaluation e = PhiCorpusEvaluation.detectorAndGuard("dev-word-names-r36",
                PhiCorpus.corpus("dev-word-names-r36.txt"));
        e.assertHolds(0.93, 2, 0, 0.04); // round 35's code: recall 0.932, 2 on the wire, 1 of 27 (3.7 %)
    }
}
