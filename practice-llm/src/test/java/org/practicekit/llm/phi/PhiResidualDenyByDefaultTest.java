package org.practicekit.llm.phi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.llm.LlmRequest;
import org.practicekit.llm.LlmResponse;

/**
 * Round 5: what the guard's residual check denies by its shape or position, whatever the detector found, for an
 * endpoint without a BAA, and the words a note must keep. Every answer comes back exactly as written.
 */
class PhiResidualDenyByDefaultTest {
    private final PhiGuard guard = PhiGuard.builder().auditLog(new InMemoryAuditLog())
            .detector(text -> java.util.List.of()) // the residual check alone: it must not trust a detector
            .build();
    private final PhiGuard withDetector = PhiGuard.builder().auditLog(new InMemoryAuditLog()).build();

    private String sent(PhiGuard g, String text) {
        PhiGuardTest.EchoClient client = new PhiGuardTest.EchoClient(false);
        LlmResponse response = g.complete(client, LlmRequest.builder().user(text).build(), KnownIdentifiers.none(), "client-5");
        assertThat(response.text()).isEqualTo(text);
        return client.seen.get(0).messages().get(0).text();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Client asked to move her appointment to 5/14 because of the school play.",
        "Offered 11/2 at 3pm; she will confirm by text.",
        "Voicemail 2/19: wants a call back about the letter.",
        "Seen last on 8/30/24 for a crisis visit.",
    })
    void aMonthAndDayNoScaleReadsIsADate(String text) {
        String wire = sent(guard, text);
        assertThat(wire).contains("[DATE_").doesNotContainPattern("\\b\\d{1,2}/\\d{1,2}\\b");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Client rated her anxiety 7/10 at the start and 3/10 by the end.",
        "SUDS went from 8/10 to 2/10 during the bilateral set.",
        "PHQ-9 went from 19/27 to 11/27 over eight weeks.",
        "MoCA 26/30 and the clock drawing was intact.",
        "Diary card shows skills used 5/7 days this week.",
        "This was session 6/12 of the authorized course.",
        "Buprenorphine 8/2 mg film twice daily.",
        "He is on call 24/7 and shares custody 50/50.",
        "Authorization approved by the plan; visits resumed.",
        "Panic 3-4x/week, clonazepam ~3x/day, copay $40/wk; voicemail left 10:20a; dosing q6h.",
    })
    void scoresCountsAndDosesStayAsWritten(String text) {
        assertThat(sent(guard, text)).isEqualTo(text);
    }

    @Test
    void aPhoneSpelledOutDigitByDigitOrInWordsIsReplaced() {
        assertThat(sent(guard, "If you need me my cell is 3 1 2, 5 5 5, 0 4 7 1, thanks."))
                .contains("[PHONE_").doesNotContain("5 5 5");
        assertThat(sent(guard, "you can reach me at four one five five five five two nine eight one anytime"))
                .contains("[PHONE_").doesNotContain("two nine eight");
        // a count goes up by one each step: the grounding exercise stays
        String count = "We counted one, two, three, four, five, six, seven, eight while breathing.";
        assertThat(sent(guard, count)).isEqualTo(count);
    }

    /** Sent through the residual check alone: {@code value} is replaced, and {@code shown} (when given) is how. */
    private void hides(String text, String value, String shown) {
        assertThat(sent(guard, text)).doesNotContain(value).contains(shown);
    }

    private void keeps(String text) {
        assertThat(sent(guard, text)).isEqualTo(text);
    }

    @Test
    void handlesByTheirShapeOrAfterAPlatform() {
        hides("Portal message from bluejay.m about the invoice.", "bluejay", "[USERNAME_");
        hides("Her instagram is mkowalczyk now, she says.", "mkowalczyk", "[USERNAME_");
        keeps("Reviewed the e.g. list and the a.m. dose; tired.then slept.");
    }

    @Test
    void initialsActingAsAPerson() {
        hides("Client said Z.K. texted her twice after midnight.", "Z.K", "[NAME_");
        hides("She finally told D about the loan.", " D ", "[NAME_");
        keeps("Reviewed Plan B and the Hep C screen; she moved for the E.U. office.");
    }

    @Test
    void aBusinessByTheTradeItsNameEndsIn() {
        hides("Her son works weekends at Tidewell Roofing with his uncle.", "Tidewell", "Roofing");
        hides("Called Harbor Light Pediatrics to get the records.", "Harbor Light", "Pediatrics");
        hides("He quit the job at R&T Plumbing last month.", "R&T", "Plumbing");
        keeps("She went to Family Dental and then to Student Health.");
    }

    @Test
    void lowercaseNamesInNamePosition() {
        hides("my cousin sandy picked me up", "sandy", "[NAME_");
        hides("ok so brandy said she is done w me", "brandy", "[NAME_");
        hides("Client reports okonma texted her again last night.", "okonma", "[NAME_");
        keeps("my mom will call later and my dad said no");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Parts work per IFS (Kessel) to meet the protector.",
        "Used the Attachment Repair Model (Vantongeren and Pryce) to frame the week.",
        "Client calls his inner critic \"a Scrooge\" today.",
        "Drinks Mountain Fizz sodas all day; Snowbell cakes at night.",
    })
    void citationsKindsAndProductsAreNoOne(String text) {
        assertThat(sent(withDetector, text)).isEqualTo(text);
    }

    @Test
    void aNameAfterAnArticleThatGoesOnIsStillSomeone() {
        assertThat(sent(withDetector, "Police asked about a Lucinda Ravensholt at the motel."))
                .doesNotContain("Ravensholt");
    }
}
