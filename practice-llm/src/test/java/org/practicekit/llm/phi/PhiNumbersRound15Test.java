package org.practicekit.llm.phi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Numbers and dates read by the sentence (issue 13, round 15): a holiday that a life-event verb dates, a day number
 * that a Spanish or Portuguese article puts in a date slot and the last four digits of a card are found by the
 * detector and never reach an endpoint without a BAA; the word a number counts, a count of a plural noun, a clock
 * range, a test score, a service's no-reply address, a hashtag and a subreddit go out as written. Every answer comes
 * back exactly (the probe asserts it). Sentences invented for this test, none from the dev file.
 */
class PhiNumbersRound15Test {
    private final PhiProbe probe = new PhiProbe();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "he overdosed Memorial Day at the lake house | DATE:Memorial Day",
        "we split up Halloween night and I moved to my sister's | DATE:Halloween night",
        "mom died the Fourth of July, 1999, when I was nine | DATE:the Fourth of July, 1999",
        "she got kicked out Christmas Eve and slept in her car | DATE:Christmas Eve",
        "el papá se fue y volvió hasta el 14 sin avisar | DATE:14",
        "a gente brigou no dia 27 e ele saiu de casa | DATE:no dia 27",
        "for the copay, the last four of her debit card are 6620 | ACCOUNT:6620",
    })
    void aDateOrAnIdentifierTheSentencePlacesIsFoundAndKeptOffTheWire(String text, String expected) {
        assertThat(probe.found(text)).contains(expected);
        String value = expected.substring(expected.indexOf(':') + 1);
        assertThat(probe.sentThroughGuard(text)).doesNotContain(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Holidays were hard: she loved Christmas Eve as a kid and dreads it now.",
        "the team handles 2300 referrals a year and she feels buried",
        "she has 4000 unread messages and cannot open the app",
        "her shift runs from 0700 to 1530 most days",
        "she got 1380 on the SAT and wants to retake it",
        "the invite came from no-reply@telehealthnow.com with the wrong time",
        "she keeps scrolling #BodyPositivity and #sobrietyjourney at night",
        "he posts in r/decidingtobebetter most mornings",
    })
    void aNumberOrATagThatIsNoIdentifierGoesOutAsWritten(String text) {
        assertThat(probe.sentThroughGuard(text)).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "faz 5 semanas que ele nao bebe | 5 semanas",
        "lleva 9 meses sin fumar y tiene 31 años | 9 meses",
        "ya son 12 dias sin hablarle | 12 dias",
        "el 40 por ciento de sus ingresos va a la renta | el 40 por ciento",
    })
    void theWordANumberCountsAndAShareAreNoNameOrDate(String text, String kept) {
        assertThat(probe.sentThroughGuard(text)).contains(kept);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "the pin was changed to 8841 yesterday",
        "she wrote 5521 on the back of the form",
    })
    void aFourDigitRunNoReadingAllowsStillFailsClosed(String text) {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> probe.sentThroughGuard(text))
                .isInstanceOf(PhiBlockedException.class);
    }

    @org.junit.jupiter.api.Test
    void aCountAfterAnIdentifierWordIsNoCount() {
        assertThat(probe.sentThroughGuard("her policy 7781 files were lost in the move")).doesNotContain("7781");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "write to maya.ortiz@gmail.com if the link fails",
        "#Maria keeps texting me at night",
        "u/quietpines_22 is her account there",
    })
    void anAddressOrAHandleOfAPersonIsStillReplaced(String text) {
        assertThat(probe.sentThroughGuard(text)).contains("_1]");
    }
}
