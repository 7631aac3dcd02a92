package org.practicekit.llm.phi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.llm.LlmRequest;
import org.practicekit.llm.LlmResponse;

/**
 * Round 4's classes: numbers that are no one's identifier go out as written, dates without a year after a
 * weekday or a time word, numbered roads, and names in messages written without capitals.
 */
class PhiEverydayNumbersAndPlacesTest {
    private final PatternPhiDetector detector = PatternPhiDetector.builder().build();
    private final PhiGuard guard = PhiGuard.builder().auditLog(new InMemoryAuditLog()).build();

    private String sentThroughGuard(String text) {
        PhiGuardTest.EchoClient client = new PhiGuardTest.EchoClient(false);
        LlmResponse response = guard.complete(client, LlmRequest.builder().user(text).build(),
                KnownIdentifiers.none(), "client-4");
        assertThat(response.text()).isEqualTo(text);
        return client.seen.get(0).messages().get(0).text();
    }

    private List<String> found(String text) {
        return detector.detect(text).stream().map(s -> s.type() + ":" + text.substring(s.start(), s.end())).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Her copay rose from $22.40 to $175 once the deductible reset in the new plan year.",
        "Copay balance of $1,310.00 is on the account; payment plan of $60 a month discussed.",
        "Runs 2x a week now and journals 5x/wk; the new dose is 2.5x the starting one.",
        "Buprenorphine/naloxone 12 mg/3 mg film daily, tapering toward 4 mg/1 mg by spring.",
        "The secondary payer denied with CO-16 and PR-204; resubmitting with the corrected modifier.",
        "Pharmacy card shows RxBIN 004336 and the PCN ADV for the claim to go through.",
        "Refund goes back by ACH: routing number 026009593, practice operating account.",
        "Session moved to 5:15 pm; sleep is 5-6 hours and cravings 2-3 times a day.",
    })
    void everydayNumbersGoOutAsWritten(String text) {
        assertThat(found(text)).isEmpty();
        assertThat(sentThroughGuard(text)).doesNotContain("[ID_", "[ACCOUNT_", "[HEALTH_PLAN_", "[CODE_");
    }

    @Test
    void monthAndDayAfterAWeekdayOrATimeWordIsADate() {
        assertThat(found("She cancelled Thurs. 10/9 and again yesterday 10/14, citing the car."))
                .contains("DATE:Thurs. 10/9", "DATE:10/14");
        assertThat(found("PHQ-9 14/27 today, pain 6/10 in the lower back.")).isEmpty();
        assertThat(found("Her mother arrives am 21. Oktober; the Antwerp cousin op 2 februari 2025, and vendredi 9 too."))
                .contains("DATE:21. Oktober", "DATE:2 februari 2025", "DATE:vendredi 9");
        assertThat(found("He ate 4 mars bars before the 2 pm session.")).isEmpty();
    }

    @Test
    void numberedRoadsArePlacesButFormsAreNot() {
        assertThat(found("He lives just off Hwy 12 and commutes on I-80 to the warehouse."))
                .contains("LOCATION:Hwy 12", "LOCATION:I-80");
        assertThat(found("we met at the gas station on rt. 47 again")).contains("LOCATION:rt. 47");
        // the rules read no form as a road; the deny-by-default reading (round 14) reads as the guard does, which
        // takes "the I-20" for a highway and "in May" for a date element
        assertThat(PatternPhiDetector.builder().denyByDefault(false).build()
                .detect("Her I-485 is pending and the I-20 from the college expires in May.")).isEmpty();
    }

    @Test
    void inAMessageWithoutCapitalsAnUnknownWordIsTakenForAName() {
        String text = "ugh i saw zaniyah at the bus stop and she acted like nothing happened. i just went home";
        assertThat(sentThroughGuard(text)).doesNotContain("zaniyah").contains("bus stop", "nothing happened");
        assertThat(found("ok so i start at the walgreens on kedzie monday and my brother goes to thornwood elementary"))
                .contains("LOCATION:the walgreens on kedzie", "LOCATION:thornwood elementary");
        String capitals = "Client describes a gaslit feeling at work. She reports better sleep.";
        assertThat(sentThroughGuard(capitals)).isEqualTo(capitals);
    }
}
