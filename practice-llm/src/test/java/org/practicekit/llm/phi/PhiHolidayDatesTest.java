package org.practicekit.llm.phi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A holiday tied to an event of the person's names a day of the year, a date element under Safe Harbor ("relapsed
 * on New Year's Eve", "since Diwali"); a holiday as a season, a custom or a modifier ("the holidays", "Christmas
 * lights") is no date and goes out as written.
 */
class PhiHolidayDatesTest {
    private final PhiProbe probe = new PhiProbe();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Client drank again on New Year's Eve after eleven months sober. | New Year's Eve",
        "He punched the wall on Thanksgiving and his mother called the police. | Thanksgiving",
        "Sober since Halloween, she says, and proud of it. | Halloween",
        "Her brother was deployed the week after Valentine's Day. | the week after Valentine's Day",
        "The eviction notice came last Christmas Eve. | last Christmas Eve",
        "The panic attacks began this past Easter, during the family lunch. | this past Easter",
        "They got engaged on Diwali in front of both families. | Diwali",
        "Her grandmother passed away on Eid al-Fitr. | Eid al-Fitr",
        "He left the shelter on Lunar New Year and has not been back. | Lunar New Year",
        "The car accident happened on Rosh Hashanah. | Rosh Hashanah",
        "She was arrested on the Fourth of July at a cookout. | Fourth of July",
        "He has not used since Independence Day. | Independence Day",
        "The custody exchange went badly on Mother's Day morning. | Mother's Day morning",
        "Discharged from the unit on Christmas Day 2023 with a safety plan. | Christmas Day 2023",
        "idk i havent slept right since thanksgiving tbh | thanksgiving",
        "mi hermano recayó en Nochebuena y lo llevaron al hospital | Nochebuena",
        "Su esposo se fue de la casa el Día de Acción de Gracias. | Día de Acción de Gracias",
        "Empezó a beber otra vez desde la Navidad pasada. | Navidad pasada",
        "Mi abuela murió el Día de los Muertos, por eso le duele tanto. | Día de los Muertos",
    })
    void aHolidayTiedToAnEventIsADate(String text, String date) {
        assertThat(probe.found(text)).contains("DATE:" + date);
        assertThat(probe.sentThroughGuard(text)).doesNotContain(date);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The holidays are hard for her since the divorce.",
        "Holiday season brings up grief about her father every year.",
        "She spent too much on Christmas presents and feels ashamed.",
        "The Christmas tree is still up and she cannot face taking it down.",
        "He wants a scary Halloween costume this year.",
        "She kept the Valentine's card he sent from prison.",
        "On Christmas she always cooks for the whole family.",
        "Thanksgiving dinner triggered old arguments with her stepdad.",
        "Easter brunch went better than expected.",
        "She dreads Mother's Day because of the miscarriage.",
        "He relapsed on his birthday and felt ashamed for days.",
        "We talked about the last Christmas she spent with her mother.",
        "Diwali lights make the street feel festive, she said.",
        "la Navidad siempre es difícil para ella desde el divorcio",
        "Since Christmas is coming, we practiced the plan for the family visit.",
    })
    void aSeasonACustomOrAModifierIsNoDate(String text) {
        assertThat(probe.found(text)).noneMatch(s -> s.startsWith("DATE:"));
        assertThat(probe.sentThroughGuard(text)).doesNotContain("[DATE_");
    }
}
