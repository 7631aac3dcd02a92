package org.practicekit.llm.phi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A day and a month without a year (issue 13, round 23b): a pair whose first number cannot be a month is a day
 * written first, "the week of" names a day, a small total such as /4 is a day unless a share's word follows, and a
 * Turkish month after a day number is a date; a blood pressure, a ratio, "24/7", a share and a rating out of ten go
 * out as written. Sentences invented for this test, none from the dev file.
 */
class PhiDayMonthRound23bTest {
    private final PhiProbe probe = new PhiProbe();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "my brother gets out 19/11 and wants to stay with us | 19/11",
        "her exams finish 27/5, then she flies home | 27/5",
        "we fought again 16/2, the neighbours called someone | 16/2",
        "his leave starts the week of 8/11 so no groups | 8/11",
        "honestly 2/4 was the worst day this year | 2/4",
        "kızımın düğünü 14 Temmuz, çok stresliyim | 14 Temmuz",
    })
    void aDayAndMonthStayOffTheWire(String text, String value) {
        assertThat(probe.sentThroughGuard(text)).doesNotContain(value);
        assertThat(probe.found(text)).contains("DATE:" + value);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "tension 14/9 au cabinet",
        "she is reachable 24/7 by text",
        "the bp was 13/8 by their old cuff",
        "he finished 3/4 of the packet in group",
        "worry is about 7/10 most mornings",
        "Suboxone 16/4 mg film once daily",
    })
    void twoReadingsAShareOrARatingGoOutAsWritten(String text) {
        assertThat(probe.sentThroughGuard(text)).isEqualTo(text);
    }
}
