package org.practicekit.llm.phi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 13, round 19: a word stays public when the sentence makes it a kind of thing: a medication, a given name that
 * is an everyday noun after an article ("the Bill"), a product poured or packed ("a bottle of ..."), a character named
 * with its show, an insurer that denies a claim, a breed, a weekday of the client's language after a word of time, a
 * program named by its kind before a level of care, the authors of a work cited with its year, a team after a
 * capitalized "The" or cheered ("go Bengals!!"). The
 * same words as a person of the client's life, an employer or a place of the client's are still replaced. Sentences
 * invented for this test, none from the dev files.
 */
class PhiHardNegativesRound19Test {
    private final PhiProbe probe = new PhiProbe();

    @ParameterizedTest
    @ValueSource(strings = {
        "he stopped taking Abilify on his own and the voices came back",
        "Got a Bill in the mail for the ambulance ride, $900.",
        "we split a bottle of Jägermeister and then things got bad",
        "she finished a handle of Kirkland vodka over the weekend",
        "He says his boss is like Walter White from Breaking Bad.",
        "Guardian Life denied the short term disability claim again.",
        "the kids begged for a Labradoodle and honestly it helped everyone",
        "tengo grupo el miércoles y no quiero ir",
        "She moved up to the Adolescent IOP after two weeks in the Trauma PHP.",
        "Shared the worksheet adapted from Linehan and Dimeff (2006) on opposite action.",
        "Reviewed the attachment model per Bowlby et al. (1988) with the parents.",
        "The Steelers lost again and nobody talked at dinner.",
        "go Bengals!! 🙏",
    })
    void aKindOfThingGoesOutAsWritten(String text) {
        assertThat(probe.sentThroughGuard(text)).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // the weekday only: the residual check still reads German nouns as names, a class left alone this round
        "am Donnerstag war ich wieder bei der Gruppe | am Donnerstag",
        "sa Huwebes ang check-up ko | sa Huwebes",
        "le vendredi je vois ma psy | le vendredi",
    })
    void aWeekdayOfTheClientsLanguageStays(String text, String weekday) {
        assertThat(probe.sentThroughGuard(text)).contains(weekday);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // the same words as people, employers and places of the client
        "my stepdad Bill took the car again | Bill",
        "Bill says the kids can come for Easter | Bill",
        "we met at the Grace downtown for coffee | Grace",
        "the Hope family next door called the police | Hope",
        "she works in claims at Guardian Life and the stress is constant | Guardian",
        "Client's ex Jack Russell picks the kids up on Fridays. | Russell",
        "Domingo is my uncle and he is the one who drinks | Domingo",
        "nos vimos el Sábado 14 de junio en la iglesia | 14",
        "Miranda from Friendly's said he can have his shift back | Miranda",
        "she just started the Linden IOP and hates the drive | Linden",
        "her daughter Linnea (2016) was in the handout drawings | Linnea",
        "go Marisol!! so proud of my sister | Marisol",
    })
    void theSameWordInTheClientsLifeIsReplaced(String text, String identifier) {
        assertThat(probe.sentThroughGuard(text)).doesNotContain(identifier);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "she wants to come off Latuda because of the restlessness | Latuda",
        "Client drank a pint of Fireball before the custody hearing. | Fireball",
    })
    void theDetectorReportsNoMedicationOrDrinkSoRead(String text, String name) {
        assertThat(PatternPhiDetector.builder().build().detect(text)).noneSatisfy(s -> assertThat(name)
                .contains(s.textOf(text)));
    }
}
