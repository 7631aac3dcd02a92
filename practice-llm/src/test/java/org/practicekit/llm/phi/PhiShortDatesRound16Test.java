package org.practicekit.llm.phi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Short dates read by the sentence (issue 13, round 16): a month/day before the event it dates, a ratio or a share of
 * a count, an ordinal day "of next month", a holiday an event verb dates over "over" or "during", and day numbers
 * in Portuguese, French, Polish, Vietnamese and Tagalog date slots. The detector finds the date and the guard keeps it
 * off the wire; the same shapes as a rating, a count, a ratio or a custom go out as written. Every answer comes back
 * exactly (the probe asserts it). Sentences invented for this test, none from the dev file.
 */
class PhiShortDatesRound16Test {
    private final PhiProbe probe = new PhiProbe();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "her 5/10 intake got moved because of the snow | DATE:5/10",
        "11/3 hearing went badly and he is angry | DATE:11/3",
        "can't make my 3/5 session, sick kid | DATE:3/5",
        "hey 7/10 sounds good, same time? | DATE:7/10",
        "since 1/8 things at home have been calmer | DATE:1/8",
        "we said the 19th of next month for the family session | DATE:the 19th of next month",
        "she was admitted over Thanksgiving and still feels ashamed | DATE:Thanksgiving",
        "ele relapsou de novo, sexta dia 21 à noite | DATE:dia 21",
        "pode ser até dia 9? estou sem carro | DATE:dia 9",
        "il a rechuté le 28, après la dispute | DATE:28",
        "widzimy się we wtorek 14-go rano | DATE:14-go",
        "mẹ tôi mất ngày 8 rồi | DATE:8",
        "babalik ako sa ika-16 para sa session | DATE:ika-16",
    })
    void aShortDateTheSentencePlacesIsFoundAndKeptOffTheWire(String text, String expected) {
        assertThat(probe.found(text)).anySatisfy(found -> assertThat(found).startsWith("DATE:").contains(
                expected.substring(expected.indexOf(':') + 1)));
        String value = expected.substring(expected.indexOf(':') + 1);
        assertThat(probe.sentThroughGuard(text)).doesNotContain(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "she rated the craving 5/10 this morning",
        "craving 4/10 sounds about right, she said",
        "group 3/10 today: boundaries",
        "packed 4/5 lunches this week without help",
        "she sorted 6/21 cards into the right pile on the first try",
        "the ratio of calm evenings to fights is about 4/1 now",
        "the office is closed over Thanksgiving, so no groups",
        "she likes the 19th century novels her mom read",
    })
    void aRatingAShareOrACustomGoesOutAsWritten(String text) {
        assertThat(probe.sentThroughGuard(text)).isEqualTo(text);
        assertThat(probe.found(text)).noneMatch(found -> found.startsWith("DATE:"));
    }

    /** Counts in the clients' languages: the number and what it counts stay (the words around are another reading's). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "mỗi ngày 3 lần sau bữa ăn | 3 lần",
        "ika-3 na beses na siyang nawala | ika-3 na",
        "tem 5 filhos e trabalha de dia | 5 filhos",
        "il a 12 ans et il boit déjà | 12 ans",
    })
    void aCountInAnotherLanguageIsNoDate(String text, String kept) {
        assertThat(probe.sentThroughGuard(text)).contains(kept);
        assertThat(probe.found(text)).noneMatch(found -> found.startsWith("DATE:"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "my great grandma just turned 93 and wants a party",
        "lives with his 96 yo father who has dementia",
    })
    void anAgeOverEightyNineStaysOffTheWire(String text) {
        String age = text.replaceAll("\\D+", " ").trim();
        assertThat(probe.found(text)).anyMatch(s -> s.equals("AGE:" + age) || s.startsWith("AGE:" + age + " ")); // "96 yo" whole
        assertThat(probe.sentThroughGuard(text)).doesNotContain(age);
    }
}
