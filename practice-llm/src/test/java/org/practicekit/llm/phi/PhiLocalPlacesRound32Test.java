package org.practicekit.llm.phi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 13, round 32 (local places and institutions by their short names, in lower case): a neighbourhood, a natural
 * place, a local hospital, school, college or police department written the way locals say it is replaced when a
 * place preposition or a verb of going opens its slot and a gazetteer knows the run or its head is a place noun with a
 * named word before it ("drove over cajon pass", "she goes to lincoln high"); everyday words that are also towns
 * ("reading", "mobile", "orange", "hope", "chase", "may") and place nouns with nothing named before them ("the er",
 * "a pass", "his high school") go out as written. Sentences written for this test, none from a dev or blind file, in
 * several metro areas and in English and Spanish, after the reader's first version (its dev file,
 * corpora/phi/dev-local-places-r32.txt, came first). On the code before the change 18 of the 24 places were already
 * replaced by other readers and the 28 everyday sentences all went out as written; the six it adds: "tejon pass",
 * "cajon pass", "galleria mall", "la preparatoria juárez", "la secundaria jefferson" and "la policía de phoenix".
 * Two everyday sentences first written for the second list are left out: the token model (not this round's reader)
 * replaces "college" in "went to community college" and "high" in "back in high spirits", before and after the change.
 */
class PhiLocalPlacesRound32Test {
    private final PhiProbe probe = new PhiProbe();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "we drove over donner pass in the snow and she froze up | donner pass",
        "her son is a junior at ballard high and skipping class | ballard",
        "officers from tacoma pd did the welfare check | tacoma pd",
        "he spent the weekend camping at lake tahoe with his brothers | tahoe",
        "stationed at fort bragg for three years, that's when the nightmares started | fort bragg",
        "the kids go to whittier elementary now and like it | whittier elementary",
        "she is taking nursing prereqs at maricopa community college | maricopa community college",
        "he moved back to roxbury after the breakup | roxbury",
        "we grew up in little village and my mom still lives there | little village",
        "Pt states she was at grady for two nights after the assault | grady",
        "he was transferred out of parkland to a state bed | parkland",
        "my daughter got into denver tech and leaves in august | denver tech",
        "they used to live in pacoima before the fire | pacoima",
        "Mi hijo va a la secundaria jefferson y no quiere ir | jefferson",
        "Lo detuvo la policía de phoenix anoche | phoenix",
        "Vivimos en boyle heights con mi suegra | boyle heights",
        "he hikes mount tabor every morning before work | tabor",
        "we moved to reading last spring for his job | reading",
        "she was picked up by tempe pd outside the bar | tempe pd",
        "he dropped out of pasadena city college after a semester | pasadena city college",
        "we drove through tejon pass on the way to see her mom | tejon pass",
        "we got stopped near cajon pass and he panicked | cajon pass",
        "he works security at the galleria mall | galleria",
        "Mi hija estudia en la preparatoria juárez y le va bien | juárez",
    })
    void aLocalPlaceInItsSlotIsReplaced(String text, String value) {
        assertThat(probe.sentThroughGuard(text)).doesNotContain(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "he's been reading more since the breakup",
        "she switched to a mobile plan to save money",
        "we peeled an orange together as a grounding exercise",
        "there is hope the new dose will help",
        "he likes to chase the high even when he knows better",
        "she may come in person next week",
        "the er doctor said it was a panic attack",
        "i bought a pass for the gym so i go three times a week",
        "his high school years were the worst of his life",
        "the district attorney on the show looked like his uncle",
        "we talked about the mission of the peer group",
        "she likes to sit on the beach and listen to the waves",
        "he went to the park with his kids on saturday",
        "she works at a hospital and is exhausted",
        "he got lost in the mall parking lot and panicked",
        "they took a trip to the lake and he did not drink",
        "she moved to a new apartment and still has boxes",
        "we practiced grounding in the car before she went in",
        "she goes to church on sundays and feels better",
        "the kids go to the high school down the street",
        "he stays at a shelter downtown most nights",
        "she read the text on her mobile phone during session",
        "we moved to a bigger place last month",
        "they went to the lake lol",
        "the west side of the building flooded",
        "he went to the east side of the park to smoke",
        "she goes to the temple for the holidays",
        "Nos vemos el lunes y gracias por las rosas que trajo",
    })
    void anEverydayWordOrAPlaceNounWithNothingNamedGoesOut(String text) {
        assertThat(probe.sentThroughGuard(text)).isEqualTo(text);
    }
}
