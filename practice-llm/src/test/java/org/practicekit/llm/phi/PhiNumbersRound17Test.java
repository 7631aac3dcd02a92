package org.practicekit.llm.phi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Dates and clinical numbers read both ways (issue 13, round 17): days of one month in a list, a day after a weekday
 * in several languages, a day written first with its dot and "dia N" after a verb are found and never reach an
 * endpoint without a BAA; scores on one total in a list, ICD-10-CM codes without their dot, a month that qualifies a
 * count, "dia" before what it counts, the practice's holiday closures and its own suite go out as written. Sentences
 * invented for this test, none from the dev file.
 */
class PhiNumbersRound17Test {
    private final PhiProbe probe = new PhiProbe();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "no-showed 5/7 and 5/14, discharge letter drafted | DATE:5/14",
        "family sessions 8/1, 8/8 & 8/15 all went to voicemail | DATE:8/1",
        "pt came in 10/2 then 10/9 with her sister | DATE:10/9",
        "el viernes 3/5 no puede venir por el trabajo | DATE:viernes 3/5",
        "Thurs 6/10 works better for him | DATE:Thurs 6/10",
        "sexta, dia 14, ele ligou chorando | DATE:dia 14",
        "ele volta dia 21. | DATE:dia 21",
        "Gespräch am 12. Oktober, sie war sehr unruhig | DATE:12. Oktober",
        "Aufnahme am 9. November nach dem Streit | DATE:9. November",
        "wir sehen uns am 3.6. wieder | DATE:3.6.",
    })
    void aDayTheSentencePlacesIsFoundAndKeptOffTheWire(String text, String expected) {
        assertThat(probe.found(text)).contains(expected);
        String value = expected.substring(expected.indexOf(':') + 1);
        assertThat(probe.sentThroughGuard(text)).doesNotContain(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "got 4/8 and 7/8 on the two practice runs",
        "she finished 1/3, 2/3 then 3/3 of the modules",
        "scored 3/5 and 3/10 on the two screens",
        "Dx F411 on the referral, GAD confirmed at intake",
        "old superbill has F332 as the primary",
        "2 April sessions were moved to video because of the flu",
        "ele toma remédio o dia 2 vezes",
        "Office closed July 4 and the Monday after.",
        "no groups December 24, regular schedule resumes the following week",
        "Our practice moved to Suite 305 on the third floor.",
        "Please check in at Suite 12 reception before the testing.",
        "the infusion was 4.5 mg over the hour",
        "can you resend the receipt for 90834 x 3 please",
        "CPT 96132 and 96133 x2 for the neuropsych report",
    })
    void aScoreCodeCountClosureOrThePracticeRoomGoesOutAsWritten(String text) {
        assertThat(probe.sentThroughGuard(text)).isEqualTo(text);
        assertThat(probe.found(text)).noneMatch(f -> f.startsWith("DATE:") || f.startsWith("ADDRESS:")
                || f.startsWith("ID:"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "she overdosed July 4 and was found by her brother | July 4",
        "closed her account December 25 after the fight with her mom | December 25",
        "her mother lives in Suite 12 at the assisted living place | Suite 12",
        "the 6/2 and 6/9 hearings were both postponed | 6/2",
        "relapsed December 25 while the office was closed | December 25",
        "is my appt on Dec 24 still on or are you closed? | Dec 24",
    })
    void thePersonsDateOrRoomIsStillReplaced(String text, String value) {
        assertThat(probe.sentThroughGuard(text)).doesNotContain(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "member 90837412 called about the claim",
        "she moved to 96150 zip code area after the divorce",
        "the code on her card is 96131442",
    })
    void aLongDigitRunThatIsNoCodeStillFailsClosedOrIsReplaced(String text) {
        String sent;
        try {
            sent = probe.sentThroughGuard(text);
        } catch (PhiBlockedException e) {
            return; // blocked: nothing reached the wire
        }
        assertThat(sent).doesNotContain(text.replaceAll("[^0-9]", ""));
    }
}
