package org.practicekit.llm.phi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What still reached the wire (issue 13, round 18), read by the slot: highways by number after a car or a delay, a
 * road by its own name, a chain before a part of its site, a setting named in apposition, a hospital by a people's
 * word where the client is treated, a place joined to a place, a house number on a common street name, day and
 * month with a leading zero, a singular session after "for", numbers read aloud digit by digit, Spanish days before a
 * plan verb, Polish "maja" after a day, ages in other languages, and "w/" before a given name. The same words as a
 * dose, a count, a score, a product, a language or a duration go out as written. Sentences invented for this test,
 * none from the dev file.
 */
class PhiLeaksRound18Test {
    private final PhiProbe probe = new PhiProbe();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "my truck stalled on 80 near the bridge | LOCATION:80",
        "sorry, the 294 was jammed the whole way | LOCATION:the 294",
        "got a flat on i8 last night | LOCATION:i8",
        "she slept in the Aldi parking lot on Friday | LOCATION:the Aldi",
        "Does my employer (Kohl's) see the claim? | LOCATION:Kohl",
        "he is at norwegian for rehab this month | LOCATION:norwegian",
        "she worked in Woburn and Reading for years | LOCATION:Reading",
        "we lived on 52 elm near the school | ADDRESS:52 elm",
        "hospitalizado desde el 19/05 en otra ciudad | DATE:19/05",
        "no-show for 7/21 session, fee waived | DATE:7/21",
        "VM: my member number is 7 3 3 0 2 8, call back | ID:7 3 3 0 2 8",
        "mój syn ma wizytę 3 maja | DATE:3 maja",
    })
    void anIdentifierTheSlotPlacesIsFoundAndKeptOffTheWire(String text, String expected) {
        assertThat(probe.found(text)).contains(expected);
        String value = expected.substring(expected.indexOf(':') + 1);
        assertThat(probe.sentThroughGuard(text)).doesNotContain(value);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "sat in traffic on the Causeway again | Causeway",
        "el 9 vengo con mi hija | 9",
        "met w/ hazel at the park, felt good | hazel",
        "Bà ngoại em năm nay 92 tuổi rồi. | 92",
    })
    void aValueTheSlotPlacesNeverReachesTheWire(String text, String value) {
        assertThat(probe.sentThroughGuard(text)).doesNotContain(" " + value + " ").doesNotContain(" " + value + ",");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "he was on 80 mg for years",
        "he was on 94 days clean when it happened",
        "the 294 dollars for the copay is due",
        "the road to recovery is a turnpike, he joked",
        "she bought Aldi brand oatmeal again",
        "my employer (a hospital) offers an EAP",
        "she speaks norwegian at home with her dad",
        "she is good at norwegian now",
        "attended 7/12 sessions before the cap",
        "she got 19/20 on the quiz",
        "pt rated mood 6 4 5 this week",
        "el 20 por ciento del sueldo",
    })
    void theSameWordOrShapeAsAPlainWordGoesOutAsWritten(String text) {
        assertThat(probe.sentThroughGuard(text)).isEqualTo(text);
        assertThat(probe.found(text)).noneMatch(f -> f.startsWith("LOCATION:") || f.startsWith("ADDRESS:")
                || f.startsWith("DATE:") || f.startsWith("ID:") || f.startsWith("AGE:"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "hace 95 años que abrió la tienda",
        "pendant 100 ans la maison est restée vide",
    })
    void yearsThatAreADurationAreNoAge(String text) {
        assertThat(probe.found(text)).noneMatch(f -> f.startsWith("AGE:"));
        assertThat(probe.sentThroughGuard(text)).contains(text.contains("95") ? "95" : "100");
    }
}
