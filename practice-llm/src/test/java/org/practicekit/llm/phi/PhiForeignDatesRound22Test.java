package org.practicekit.llm.phi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Dates, ages and numbers in the clients' other languages and odd forms (issue 13, round 22): a weekday of Spanish,
 * Portuguese, French, Tagalog, Vietnamese or Haitian Creole (calendar-names.txt, from CLDR) before its day, Tagalog's
 * "ika-" days, the French "1er", ages with the Tagalog and Haitian words for years, a ZIP code alone as the place of a
 * move, a plate after its Spanish word, a public site's page named for a person; beside them doses, counters and
 * amounts of the same shapes and surnames that are weekdays. Sentences invented for this test, none from the dev file.
 */
class PhiForeignDatesRound22Test {
    private final PhiProbe probe = new PhiProbe();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "la terapia es el miércoles 19/3 a las cinco | miércoles 19/3",
        "vou ao médico na terça-feira, 8 de abril | terça-feira, 8 de abril",
        "rendez-vous mercredi 9 avril chez le juge | mercredi 9 avril",
        "babalik siya sa Sabado, ika-14 ng Disyembre | Sabado, ika-14 ng Disyembre",
        "hẹn bác sĩ thứ Sáu 11/4 nha | thứ Sáu 11/4",
        "randevou a se vandredi 9 janvye | vandredi 9 janvye",
        "elle est sortie de l'hôpital le 1er mars | le 1er mars",
    })
    void theDetectorReadsTheWeekdayWithItsDay(String text, String date) {
        assertThat(probe.found(text)).contains("DATE:" + date);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "la terapia es el miércoles 19/3 a las cinco | 19/3",
        "hẹn bác sĩ thứ Sáu 11/4 nha | 11/4",
        "lolo ko ay 95 taong gulang | 95",
        "papa m gen 97 an | 97",
        "we moved to 60608 in the fall | 60608",
        "the van outside again, placa TRW 5582 | TRW 5582",
        "her page is psychologytoday.com/us/therapists/ana-kowalczyk-denver-co | ana-kowalczyk",
        "Mrs. Sabado called about the forms | Sabado",
        "his sponsor, Ramon Viernes, picked him up | Viernes",
        "Domingo is my uncle and he drinks | Domingo",
    })
    void theIdentifierStaysOffTheWire(String text, String value) {
        assertThat(probe.sentThroughGuard(text)).doesNotContain(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "tomo 1/2 tableta antes de dormir",
        "she walks up to 12500 steps on good days",
        "billed 90837 twice this month",
        "the resources are on samhsa.gov/find-help",
    })
    void theSameShapesAsDosesCountsAndCodesGoOutAsWritten(String text) {
        assertThat(probe.sentThroughGuard(text)).isEqualTo(text);
    }

    @Test
    void aCounterOfDaysIsNoDate() {
        assertThat(probe.sentThroughGuard("lleva 5/7 días sin beber")).contains("5/7");
        assertThat(probe.found("en la sesión 4/10 hablamos del duelo")).noneMatch(s -> s.startsWith("DATE:"));
    }
}
