package org.practicekit.llm.phi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole spans of the right type (issue 13, round 20): {@code detect()} reads neighbouring spans that are one mention
 * as one, across the words between them that are no identifier of their own: a place with its article, a place and
 * its street or town, a date range written with "through" or "to", a nickname in quotes, a lower-case name with its
 * hyphen or particles, initials; a date's month after "de" and a year spelled out; a number's letter prefix and last
 * group; a person's span that ends in an institution's word is a place. The guard replaces what it replaced before
 * and keeps the article and the "through". The opposite case, the same shape as a plain word, a count or a public
 * name, does not join. Sentences invented for this test, none from the dev file.
 */
class PhiSpansRound20Test {
    private final PhiProbe probe = new PhiProbe();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "he drinks at the Lucky Clover most nights | LOCATION:the Lucky Clover | Lucky Clover",
        "she is off work July 7 through July 18 for surgery | DATE:July 7 through July 18 | July 18",
        "her cousin Marisol \"Mari\" Quintanilla drove her | PERSON:Marisol \"Mari\" Quintanilla | Quintanilla",
        "filled it at the Jewel-Osco on Kedzie Ave last night | LOCATION:the Jewel-Osco on Kedzie Ave | Kedzie",
        "his daughter goes to Hawthorne Elementary now | LOCATION:Hawthorne Elementary | Hawthorne",
        "born April ninth, nineteen seventy-four in Ohio | DATE:April ninth, nineteen seventy-four | April ninth",
        "cita el jueves 12 de junio con la doctora | DATE:jueves 12 de junio | 12 de junio",
        "group no. on the card is QRT 552 918 440 | HEALTH_PLAN:QRT 552 918 440 | 552 918",
    })
    void aMentionIsFoundWholeAndItsIdentifierKeptOffTheWire(String text, String expected, String value) {
        assertThat(probe.found(text)).contains(expected);
        assertThat(probe.sentThroughGuard(text)).doesNotContain(value);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "my neighbor ana-lucia is watching the baby | PERSON:ana-lucia",
        "texted tom van der meer about the rent | PERSON:tom van der meer",
    })
    void aLowerCaseNameIsOneSpanWithItsHyphenAndParticles(String text, String expected) {
        assertThat(probe.found(text)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "he drinks at the Lucky Clover most nights | 'drinks at the ' | Clover",
        "she is off work July 7 through July 18 for surgery | ' through ' | July",
    })
    void theGuardKeepsTheArticleAndTheRangeWord(String text, String kept, String replaced) {
        String sent = probe.sentThroughGuard(text);
        assertThat(sent).contains(kept).doesNotContain(replaced);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "we met at Walgreens on Tuesday before group | LOCATION:Walgreens",
        "we went to Costco in June for the party | LOCATION:Costco",
        "out sick March 4, two kids had the flu | DATE:March 4",
        "denied again, claim 448120 3 times now | ID:448120",
    })
    void aPlainWordOrCountAfterAMentionDoesNotJoinIt(String text, String expected) {
        assertThat(probe.found(text)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "we said the Serenity Prayer together at the end | Serenity Prayer",
        "the Coping Skills sheet is in the blue folder | Coping Skills",
        "she wrote Nadia \"Call Me\" Jo on the board | Call Me",
    })
    void aTitleCasedPhraseIsNoMentionAndJoinsNone(String text, String plain) {
        assertThat(probe.found(text)).noneMatch(s -> s.contains(plain));
    }
}
