package org.practicekit.llm.phi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.llm.LlmRequest;
import org.practicekit.llm.LlmResponse;

/** Dates as clients write them in the languages a US practice hears, and months placed in a person's life. */
class PhiDatesInEveryLanguageTest {

    private final PatternPhiDetector detector = PatternPhiDetector.builder().build();

    private List<PhiSpan> covering(String text, String value) {
        return PhiStructuredIdentifiersTest.covering(detector, text, value);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Mi mamá llegó el 22 de noviembre de 2023 a vivir conmigo.|22 de noviembre de 2023",
        "Mamma è stata ricoverata a settembre 2022, poi è tornata a casa.|settembre 2022",
        "Babcia zmarła 7 listopada 2021 i od tego czasu nie śpię.|7 listopada 2021",
        "Przeprowadziliśmy się w Sierpień 2020 do Chicago.|Sierpień 2020",
        "Nasa ospital si lola noong Hunyo 2023.|Hunyo 2023",
        "Manman m te mouri 14 desanm 2019.|14 desanm 2019",
        "Bà ngoại mất ngày 3 tháng 8 năm 2022.|ngày 3 tháng 8 năm 2022",
        "Bi tai nan thang 11 nam 2021 roi.|thang 11 nam 2021",
        "Il est parti le 9 octobre 2020 sans rien dire.|9 octobre 2020",
        "Wir sind im Februar 2021 umgezogen, am 4. Februar 2021.|4. Februar 2021",
        "The panic attacks started last February after the layoff.|last February",
        "Moved back in with her parents mid-September.|mid-September",
        "He relapsed in early November 2023 and again at the holidays.|early November 2023",
        "Has not talked to her sister since the end of August.|the end of August",
        "Her father died Thanksgiving 2019 and she still avoids the table.|Thanksgiving 2019",
        "The fight happened the Saturday after Halloween.|the Saturday after Halloween",
    })
    void aDateInAnyLanguageOrPlacedInThePersonsLifeIsADate(String text, String value) {
        assertThat(covering(text, value)).as(text).extracting(PhiSpan::type).contains(PhiCategory.DATE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "October is always a busy month for the office.",
        "Christmas makes her anxious every year.",
        "Scored 3 out of 10 on the craving scale.",
        "BDI 3/5 items endorsed at intake.",
    })
    void aMonthOrHolidayInGeneralAndScoresStayAsWritten(String text) {
        assertThat(detector.detect(text)).as(text).extracting(PhiSpan::type).doesNotContain(PhiCategory.DATE);
    }

    @Test
    void aServiceDateBesideABillingCodeDoesNotReachTheEndpoint() {
        String text = "Billed CPT 90837 for 7/23 and 90834 for the next visit.";
        PhiGuardTest.EchoClient client = new PhiGuardTest.EchoClient(false);
        PhiGuard guard = PhiGuard.builder().auditLog(new InMemoryAuditLog()).build();
        LlmResponse response = guard.complete(client, LlmRequest.builder().user(text).build(), KnownIdentifiers.none(),
                "client-7");
        assertThat(client.seen.get(0).messages().get(0).text()).doesNotContain("7/23");
        assertThat(response.text()).isEqualTo(text);
    }
}
