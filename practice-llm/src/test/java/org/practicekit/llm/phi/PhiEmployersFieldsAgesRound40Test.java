package org.practicekit.llm.phi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 13, round 40: a company as the client's employer read from the sentence around it (the subject of an act on a
 * worker, "cut my hours", "laid him off", "let her go"; an aside after a noun of work, "at work (Lockheed)"; a work
 * site after "since" or "after"), a lower-case full name that is a person field's value ("emergency contact: june
 * baker"), a given name between two people already replaced in a roster, and an age over 89 after "at" where "in"
 * opens the next phrase ("passed at 94 in his sleep") or right after "she's", "hes", "he is". Each sentence of the
 * first list sent its value as written on round 39's code. News about a company, a kin word before the same verbs, a
 * payer's caller, weights, counts and a length in inches go out as written. Sentences written for this test, none
 * from a dev or blind file.
 */
class PhiEmployersFieldsAgesRound40Test {
    private final PhiProbe probe = new PhiProbe();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "After Raytheon laid her off she stopped answering the phone. | Raytheon",
        "Pt says Nike let him go two weeks before the bonus. | Nike",
        "She has had panic at night ever since Intel laid off her husband. | Intel",
        "Conflict with a supervisor at work (Cummins) again this week. | Cummins",
        "Employer: self (Lyft), drives mostly early mornings. | Lyft",
        "He has not slept well since Tesla plant layoff. | Tesla",
        "emergency contact: june baker | baker",
        "guardian - dawn marsh | dawn",
        "Grandpa passed at 96 in his sleep and she found him. | 96",
        "Her great-aunt died at 101 in her sleep at home. | 101",
        "nana fell again last night. shes 93 and will not use the walker | 93",
        "cant make it, spent all day at the ER and hes 97 so they kept him | 97",
        "Group today: Gwen, Pascal, Theo and Mae. | Pascal",
    })
    void anEmployerAFieldsNameOrAnAgeIsReplaced(String text, String value) {
        assertThat(probe.sentThroughGuard(text)).as(text).doesNotContain(value);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Pt read that Google laid off 300 people and worried about her own job.",
        "Dad cut my hours at the family shop when I started school.",
        "Aetna terminated her coverage at the end of the year.",
        "The school suspended him for three days after the fight.",
        "She asked Mom to let her go to the dance.",
        "Used chair work (Gestalt) with the empty chair as her brother.",
        "I'm from Texas with Medicaid and need a new provider.",
        "The couch he sleeps on is 94 in wide, he measured it.",
        "Emergency contact: none listed; pt declined.",
        "she's 95 pounds now and the dietitian is worried",
        "he's 90 days sober today and proud of it",
        "it's 95 degrees in the office again",
    })
    void newsKinPayersAndMeasuresGoOutAsWritten(String text) {
        assertThat(probe.sentThroughGuard(text)).isEqualTo(text);
    }

    @Test
    void aPayersCallerKeepsThePayer() {
        // rounds 21 and 32: a payer's own caller about a claim names the payer, not an employer of the client
        assertThat(probe.sentThroughGuard("Hi, this is Kendra with Cigna about the claim for the intake."))
                .isEqualTo("Hi, this is [PERSON_1] with Cigna about the claim for the intake.");
    }

    @Test
    void theRoundsDevFileHoldsItsFigures() {
        PhiCorpusEvaluation e = PhiCorpusEvaluation.detectorAndGuard("dev-recall-r40",
                PhiCorpus.corpus("dev-recall-r40.txt"));
        // round 39's code: recall 38/39, 0 on the wire, 3 of 19 hard-negative snippets (15.8 %)
        e.assertHolds(0.97, 0, 0, 0.16);
    }
}
