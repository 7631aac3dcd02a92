package org.practicekit.llm.phi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 13, round 32 (public things left alone): a weekday written in two words ("thứ Hai"), a payer's own caller or
 * adjuster after "at", a company called, reached or named by what it bills or cuts ("the Verizon outage"), an
 * extension with no number of its own, a state after its town, a character by its full name and "Tết" go out as
 * written; the same kinds of name as the client's employer or school are still replaced.
 * Sentences written for this test, none from a dev or blind file (the round's dev file is
 * corpora/phi/dev-public-things-r32.txt). Still missed and left out here: a pharmacy chain after an errand ("picked
 * up meds at CVS"), a service used as a verb ("doordashing"), a ride after a possessive ("her Uber dropped her off"),
 * a state or province abroad that no list holds ("grew up in Kerala", "from Punjab"), a state that is also a city
 * without a town and a comma before it ("his family is from Oaxaca"; the detector
 * reads "Tlaxiaco, Estado de Oaxaca" as a person), a company after "called" (the contact verb's person: "she called
 * Verizon"), an adjuster's payer after a full name and a verb of the payer ("adjuster Holly Strand at SAIF
 * reopened the claim"), a lower-case
 * month after "in" that the month reading dates ("openings in june"), a one-word title ("from You") and a
 * character's given name alone ("dressed as Elsa").
 */
class PhiPublicThingsRound32Test {
    private final PhiProbe probe = new PhiProbe();

    @ParameterizedTest
    @ValueSource(strings = {
        "Hẹn lại thứ Hai nhé, con bị sốt.",
        "Con không đến được thứ Năm vì mẹ con bị ốm.",
        "the adjuster at Travelers denied the claim again",
        "Session moved to phone because of a Verizon outage.",
        "I was trying to reach Comcast about my internet all morning.",
        "Call the front desk at x204 if you are running late.",
        "Please leave a message at ext 2215 and we will call back.",
        "she compares her boss to Miranda Priestly every session",
        "the voice in her head sounds like Cersei Lannister",
        "he says his dad is basically Archie Bunker",
        "she relates to Esther Greenwood and reread the book",
        "we celebrate Tết with my grandparents and it gets loud",
        "Pt paid the copay with a Venmo payment last night.",
    })
    void aPublicThingGoesOutAsWritten(String text) {
        assertThat(probe.sentThroughGuard(text)).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "This is Renata at UnitedHealthcare, claim 4471 was denied for a missing modifier. | at UnitedHealthcare, claim",
        "Hi, this is Dario at Magellan calling about the authorization for member MGN-0045. | at Magellan calling",
    })
    void aPayersOwnCallerKeepsThePayer(String text, String kept) {
        assertThat(probe.sentThroughGuard(text)).contains(kept);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "he works at Verizon in the call center and hates the metrics | Verizon",
        "my manager at CVS will not give me the weekend off | CVS",
        "she is a shift lead at Walgreens and works doubles | Walgreens",
        "Pt was hired by Comcast as a technician last week. | Comcast",
        "he got laid off from Humana in the spring | Humana",
        "my boss at Target said if I call out again I am done | Target",
        "he just started at UnitedHealthcare in claims | UnitedHealthcare",
        "my sister Ana works at Aetna in the claims department | Aetna",
        "Client is a freshman at Purdue and struggling with roommates. | Purdue",
        "my coworker at Amazon covers for me when I panic | Amazon",
        "her Spotify coworkers do not know about her diagnosis | Spotify",
        "she transferred to UCLA from community college this fall | UCLA",
        "Pt works nights at Kroger stocking shelves. | Kroger",
        "she works in claims at Travelers and hates the adjusters | Travelers",
        "call me back at 312-555-0148 ext 22 please | 0148",
    })
    void theSameKindOfNameAsTheClientsEmployerOrSchoolIsReplaced(String text, String value) {
        assertThat(probe.sentThroughGuard(text)).doesNotContain(value);
    }
}
