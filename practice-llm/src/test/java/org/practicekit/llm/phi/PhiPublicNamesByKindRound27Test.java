package org.practicekit.llm.phi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 13, round 27 (public names kept by class): a language in its slot, a storm after its kind, a streaming service
 * or an app in the slot of a product, a hospital named as a standard or a source, and a listed scale in use go out as
 * written; the same words as someone's name, or a hospital where someone is, are still replaced. Sentences invented
 * for this test, none from the dev file.
 */
class PhiPublicNamesByKindRound27Test {
    private final PhiProbe probe = new PhiProbe();

    @ParameterizedTest
    @ValueSource(strings = {
        "her grandfather speaks Kaqchikel and understands very little English",
        "she speaks Karen with her mother and English at school",
        "the pamphlet was written in Ilocano so her aunt could follow it",
        "the basement flooded in Hurricane Ida and the mold came back",
        "Nightmares since Tropical Storm Imelda, worse when it rains.",
        "we watch everything on Max now that cable is gone",
        "she streams her shows on Peacock after the kids are asleep",
        "a Cleveland Clinic handout on sleep hygiene was reviewed in session",
        "her Hamilton forms are in the chart from the last visit",
    })
    void aLanguageAStormAProductAHospitalAsSourceOrAScaleGoesOutAsWritten(String text) {
        assertThat(probe.sentThroughGuard(text)).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // a language name that is a nickname, with no slot of a language
        "Dutch called me from jail last night | Dutch",
        // a person after "speaks to"
        "she speaks to Karen every morning before work | Karen",
        // a name in a storm's sentence but not after its kind
        "Ida helped us clean up after the hurricane | Ida",
        // a hospital where someone is
        "her father is at the Cleveland Clinic for a bypass | Cleveland",
        // a given name after a verb of deleting or subscribing is a contact or someone's channel
        "he deleted Jasmine from his phone after the fight | Jasmine",
        "she subscribed to Brianna and watches every stream | Brianna",
        // a street after "on"
        "we watched the parade on Peacock Lane | Peacock",
    })
    void theSameWordsAsAPersonOrAPlaceAreReplaced(String text, String value) {
        assertThat(probe.sentThroughGuard(text)).doesNotContain(value);
    }
}
