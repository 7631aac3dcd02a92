package org.practicekit.llm.phi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the guard sends to an endpoint without a BAA when only the sentence says a single word is an identifier
 * (issue 13, round 13): a given name that is a word addressed at a message's start or acting on a person, a lone
 * initial in a person's slot, an organization named alone by what it does to the client or where the note puts the
 * client (payers and public offices as places stay public vocabulary, round 11's decision; an agency acting on the
 * client is public too, round 21's convention), a neighbourhood without "in", a transit line where someone rides, a holiday or a time in
 * words that dates an event. The same words used as words go out as written. Every answer comes back exactly (the
 * probe asserts it). Sentences invented for this test, none from the dev file.
 */
class PhiGuardSlotsRound13Test {
    private final PhiProbe probe = new PhiProbe();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Willow, the pharmacy called about your refill. | Willow",
        "hey ember its me, call when u can | ember",
        "goldie i cant make it thursday | goldie",
        "Dakota - stuck in traffic, there in 10 | Dakota",
        "lol cedar finally texted me back | cedar",
        "Per mom, Journey keeps hitting her little brother. | Journey",
        "Emergency contact: Meadow (aunt) | Meadow",
        "she keeps ignoring Harmony at lunch and it hurts | Harmony",
        "we slept over at haven's after the party | haven",
    })
    void aGivenNameThatIsAWordInAPersonSlotIsReplaced(String text, String name) {
        assertThat(probe.sentThroughGuard(text)).doesNotContainPattern("\\b" + name + "\\b");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "me and k are not talking anymore | k",
        "I told P that I needed space. | P",
        "saw dr z today and she changed my dose | z",
        "G drove me to the clinic and waited. | G",
    })
    void aLoneInitialInAPersonSlotIsReplaced(String text, String initial) {
        assertThat(probe.sentThroughGuard(text)).doesNotContainPattern("\\b" + initial + "\\b");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Lurie discharged her without a safety plan. | Lurie",
        "He was admitted to Rush after the overdose. | Rush",
        "Employer: Caterpillar | Caterpillar",
        "i quit planet fitness bc of him | planet fitness",
        "He was kicked out of Equinox for a fight. | Equinox",
        "we live uptown now near the lake | uptown",
        "my grandma's place bridgeport way is where i go | bridgeport",
    })
    void anOrganizationOrANeighbourhoodTheSentencePlacesIsReplaced(String text, String value) {
        assertThat(probe.sentThroughGuard(text)).doesNotContain(value);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "i ride the 22 bus to school every day | 22",
        "She got off the green line and he was waiting. | green line",
        "the J train is where he grabbed me | J",
        "He started drinking again the week after Easter. | Easter",
        "Nació el doce de marzo, en la casa de su abuela. | doce",
        "She woke up at four in the morning and called me crying. | four in the morning",
    })
    void aLineARouteOrADateInWordsIsReplaced(String text, String value) {
        assertThat(probe.sentThroughGuard(text)).doesNotContainPattern("\\b" + value + "\\b");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Summer is the hardest season for her mood.",
        "Patience is what we practiced in group today.",
        "Hope is what keeps her coming to sessions.",
        "He showed mercy to his younger brother.",
        "There is no rush to decide about the medication.",
        "She wants to be an advocate for other survivors.",
        "She crossed a red line when she read his journal.",
        "Client called the 988 line twice this week.",
        "Psychiatrist's CGI-S was 4 at the last visit.",
        "Bluebell, the family's old beagle, sleeps on her bed.",
        "They argued about their plans for after Christmas break.",
        "She always wakes at three in the morning, most nights.",
        "EMS gave Narcan at the scene.",
        "Her lab work is in normal range.",
        "She ordered new sneakers from Amazon.",
        "Denied by Humana for lack of medical necessity.",
        "DCFS closed the case last week, finally.",
        "CPS took the baby into custody on the weekend.",
        "She renewed her license at the DMV and felt proud.",
        "Spoke with a rep at Uber support about the refund.",
        "We practiced box breathing for four rounds.",
        "He did ten burpees when the craving hit.",
    })
    void theSameWordsUsedAsWordsGoOutAsWritten(String text) {
        assertThat(probe.sentThroughGuard(text)).isEqualTo(text);
    }

    @Test
    void severalSlotsInOneMessageComeBackExactly() {
        String sent = probe.sentThroughGuard(
                "hey ember its me. Advocate dropped me, so i took the 9 bus to Sinai the day after Christmas.");
        assertThat(sent).doesNotContain("ember").doesNotContain("Advocate").doesNotContain(" 9 ")
                .doesNotContain("Sinai").doesNotContain("Christmas");
    }

    /**
     * The round-13 guard dev set (corpora/phi/dev-guard-r13.txt, written before these rules and then tuned on, so
     * seen): floors at its figures after the round (23 of 210 labels on the wire, most of them payers left to round
     * 11's public vocabulary; 9 of 92 snippets with a hard negative replaced, every one a span of the detector).
     */
    @Test
    void theGuardDevSetHoldsItsFigures() {
        PhiCorpusEvaluation e = PhiCorpusEvaluation.detectorAndGuard("dev-guard-r13",
                PhiCorpus.corpus("dev-guard-r13.txt"));
        e.assertHolds(0.5, 23, 0, 0.10);
    }
}
