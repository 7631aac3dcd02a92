package org.practicekit.llm.phi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 13, round 35 (neighbourhoods, numbers in words and date parts): a part of town by its informal name after a
 * word of living or place ("the flats", "the south side", "in southside"); a phone number read out in Spanish,
 * Portuguese, French, Tagalog or Vietnamese digits or French pairs, one with an ellipsis between its groups, its last four after "ends
 * in", and an extension alone ("ext two", "x 214" where someone is reached; an office's extension in digits stays); a month right before "the" and a day's
 * ordinal; a birthday's month in a sentence of habit. Directions, durations, counts, scores, shoes, fears and
 * recurring days go out as written. Sentences written for this test, none from a dev or blind file.
 */
class PhiAreasNumbersRound35Test {
    private final PhiProbe probe = new PhiProbe();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "his uncle rents a room over by the bottoms near the tracks | bottoms",
        "she's been living on the north side since the divorce | north side",
        "they moved back to the Flats after the baby came | Flats",
        "my cousin's apartment in the valley got broken into | valley",
        "he crashes at a friend's in northside most weekends | northside",
        "su número es nueve uno dos, cinco cinco cinco, cero uno tres seis | cero uno tres seis",
        "o telefone dela é seis um sete, cinco cinco cinco, zero um oito dois | zero um oito dois",
        "rappelle-moi au zéro sept, quatorze, vingt-deux, trente-trois, quarante-quatre | quarante-quatre",
        "the number is seven two zero... five five five... zero one six one | zero one six one",
        "tawagan mo ako sa walo isa pito, lima lima lima, sero isa dalawa tatlo | sero isa dalawa tatlo",
        "số của chị là chín một hai, năm năm năm, không một bốn tám | không một bốn tám",
        "her cell ends in oh one four seven, she said | one four seven",
        "front desk, then ask for ext three oh two | three oh two",
        "my office line, x 318, rings through to my cell | 318",
        "the hearing got moved to March the ninth | March",
        "we separated Nov. the 21st and I moved out | Nov",
        "her dad's birthday in Aug is always the worst week | Aug",
    })
    void anAreaANumberOrADatePartIsReplaced(String text, String value) {
        assertThat(probe.sentThroughGuard(text)).doesNotContain(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "we drove out east for the weekend to clear our heads",
        "she sat on the north side of the table, near the door",
        "she wore her new flats to the interview",
        "we hiked down into the valley and back before lunch",
        "rent is due on the 1st of every month",
        "she skipped the 4th question of the worksheet",
        "she scored one hundred and four on the reading test",
        "count back from one hundred by sevens: ninety-three, eighty-six",
        "prednisone taper x 5 days, then stop",
        "walk 2 x 200 meters between sets",
        "the claims line said to call back and ask for the adjuster, ext 5521",
        "she counted uno, dos, tres, cuatro, cinco with her son to calm down",
        "his mood dips in November every year",
    })
    void aDirectionACountOrAThingGoesOut(String text) {
        assertThat(probe.sentThroughGuard(text)).isEqualTo(text);
    }
}
