package org.practicekit.llm.phi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 13, round 31b (a facility the client attends is PHI even when its name is public): a health system, hospital
 * or clinic named after a word of care and "at", "to" or "from" ("dr appt at kaiser", "transferred to swedish") is
 * replaced, in lower case too; the same names as a payer ("covered by Kaiser", "kaiser insurance") or a faith ("a
 * Methodist church") go out as written. Sentences written for this test before the change, none from a dev or blind
 * file: 19 of 27 passed before it (7 of 15 facilities, 12 of 12 released). The two last released sentences were added
 * with the change, for an organization of {@code organizations.txt} that is also an everyday word.
 */
class PhiCareFacilitiesRound31bTest {
    private final PhiProbe probe = new PhiProbe();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "can we move to 4? my dr appt at kaiser got pushed | kaiser",
        "she was in the hospital at methodist for three days | methodist",
        "they transferred him to swedish last night | swedish",
        "her therapist at kaiser wants a release | kaiser",
        "my appointment at Kaiser is on the same day as ours | Kaiser",
        "he was admitted to presbyterian for chest pain | presbyterian",
        "got discharged from methodist this morning, still shaky | methodist",
        "my psychiatrist at providence upped the dose | providence",
        "mom is inpatient at Methodist again | Methodist",
        "sorry i missed, i was at the ER at sutter all night | sutter",
        "she has a clinic visit at mayo on tuesday | mayo",
        "his doctor at kaiser referred him to us | kaiser",
        "was seen at Swedish urgent care for the panic attack | Swedish",
        "the hospital transferred her to baptist overnight | baptist",
        "my pcp at advocate said to ask you | advocate",
    })
    void aFacilityAfterAWordOfCareIsReplaced(String text, String value) {
        assertThat(probe.sentThroughGuard(text)).doesNotContain(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "she is covered by Kaiser through her husband",
        "my kaiser insurance will not pay for the couples sessions",
        "they go to a Methodist church on Sundays",
        "he was raised Methodist and stopped going as a teen",
        "Kaiser denied the claim again",
        "her doctor said the swedish massage helped her back",
        "my therapist at the clinic gave me a worksheet",
        "the appointment at noon works for me",
        "he was transferred to the psych unit overnight",
        "my doctor wants me to switch to Kaiser insurance next year",
        "the hospital chaplain was a Baptist minister",
        "I was seen at home by the hospice nurse",
        "I was late to my appointment from the rush of traffic",
        "she asked her doctor to advocate for a lower dose",
    })
    void aPayerAFaithOrAnEverydayWordAfterCareGoesOut(String text) {
        assertThat(probe.sentThroughGuard(text)).isEqualTo(text);
    }
}
