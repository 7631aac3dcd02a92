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

/**
 * Round 6: Safe Harbor identifiers written in structured shapes (date ranges, ages in every phrasing, ZIP+4,
 * rural and foreign addresses, facility records) are found whole, and the words a note keeps (titles, artists,
 * teams followed as a fan, weekdays in the plural, ratings) stay as written through the guard.
 */
class PhiStructuredIdentifiersTest {
    private final PatternPhiDetector detector = PatternPhiDetector.builder().build();

    /** The one span that covers {@code value} in {@code text}, if any. */
    private List<PhiSpan> covering(String text, String value) {
        return covering(detector, text, value);
    }

    /** The spans of {@code detector} that cover {@code value} in {@code text}; shared by the detector's rule tests. */
    static List<PhiSpan> covering(PatternPhiDetector detector, String text, String value) {
        int at = text.indexOf(value);
        assertThat(at).as("example holds its value").isGreaterThanOrEqualTo(0);
        return detector.detect(text).stream().filter(s -> s.start() <= at && s.end() >= at + value.length()).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "She will be away 12/20-1/4 for the holidays.|12/20-1/4|DATE",
        "Out of the office 6/3–6/7, back Monday.|6/3–6/7|DATE",
        "Missed sessions 9/2 - 9/16/25 while in the hospital.|9/2 - 9/16/25|DATE",
        "can we move it to march 9 she has work|march 9|DATE",
        "Grandpa (96 this June) still gardens every day.|96|AGE",
        "Her aunt (98 next month) moved in with them.|98|AGE",
        "Lives next to a 92yo neighbor who checks on her.|92yo|AGE",
        "Mailing address is in Peoria, IL 61604-2231 now.|61604-2231|ZIP",
        "Parents live at RR 3 Box 27 outside of town.|RR 3 Box 27|ADDRESS",
        "Send the letter to HC 71 Box 5 please.|HC 71 Box 5|ADDRESS",
        "Rural Route 4 Box 9 is the farm address.|Rural Route 4 Box 9|ADDRESS",
        "Her family is at Blk 9 Lot 3, near the chapel.|Blk 9 Lot 3|ADDRESS",
        "Moved to Lindenstraße 40 with her brother.|Lindenstraße 40|ADDRESS",
        "Her new place is 17 Rue Beaubien in the east end.|17 Rue Beaubien|ADDRESS",
        "the key is for apt 4 upstairs|apt 4|ADDRESS",
        "Court file is docket no. 2291 per the attorney.|2291|ID",
        "Belongings are in locker 118 at the shelter.|118|ID",
        "He was moved to bed 7A on the unit overnight.|7A|ID",
        "Visited her in room 305 on the inpatient unit.|305|ID",
    })
    void aStructuredIdentifierIsFoundWhole(String text, String value, String type) {
        assertThat(covering(text, value)).as(text).extracting(PhiSpan::type).contains(type);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Mood went 6/10-7/10 over the week.",
        "They march 10 blocks to school each morning.",
        "Practiced the skill in the group room 2 today.",
        "Stayed in bed 3 days after the news.",
    })
    void scoresCountsAndRoomsOfTheOfficeAreNoIdentifier(String text) {
        assertThat(detector.detect(text)).as(text).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "He binged Schitt's Creek all weekend and laughed for the first time in weeks.",
        "She has been listening to Stevie Nicks on repeat since the breakup.",
        "Dad is rooting for the Brewers and it gives them something to talk about.",
        "He is a Colts fan like his late grandfather.",
        "The song Landslide made her cry in the car.",
        "Runs errands on tuesdays and thursdays with her mom.",
        "Watched the Brewers lose again and could not sleep.",
        "Handed out the Kessel-Brandt Method worksheet for practice.",
        "After Tropical Storm Idris the family stayed with friends.",
        "He called the office rules almost Dickensian.",
        "She finds her manager a little Kafkaesque.",
        "She tracks sleep with the Zorbly app each night.",
        "The EOB lists RARC N386 and remark code MA130 beside the adjustment.",
        "Her copay was $35.40 and the open balance is $1,310.",
        "Anxiety was 7/10 at intake and 4/10 today.",
    })
    void titlesArtistsAndTeamsFollowedStayAsWritten(String text) {
        PhiGuardTest.EchoClient client = new PhiGuardTest.EchoClient(false);
        PhiGuard guard = PhiGuard.builder().auditLog(new InMemoryAuditLog()).build();
        LlmResponse response = guard.complete(client, LlmRequest.builder().user(text).build(), KnownIdentifiers.none(),
                "client-6");
        assertThat(response.text()).isEqualTo(text);
        assertThat(client.seen.get(0).messages().get(0).text()).isEqualTo(text);
    }

    @Test
    void aPrivateNetworkAddressIsStillAnIpAddress() {
        // Safe Harbor lists IP addresses without an exception for private ranges: in a practice's own logs one
        // still points at a client's device
        String text = "Her laptop shows up as 192.168.4.31 on the clinic wifi.";
        assertThat(covering(text, "192.168.4.31")).extracting(PhiSpan::type).containsExactly(PhiCategory.IP);
    }

    @Test
    void aTeamThatEmploysSomeoneIsStillWhereTheyWork() {
        String text = "Her brother works for the Brewers in ticketing.";
        assertThat(covering(text, "Brewers")).isNotEmpty();
    }

    @Test
    void aWeekdayUsedAsAGivenNameIsStillAName() {
        String text = "Her sister Tuesday called the office twice.";
        assertThat(covering(text, "Tuesday")).extracting(PhiSpan::type).containsExactly(PhiCategory.PERSON);
    }
}
