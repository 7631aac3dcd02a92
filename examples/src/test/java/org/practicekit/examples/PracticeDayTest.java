package org.practicekit.examples;

import static org.assertj.core.api.Assertions.assertThat;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PracticeDayTest {
    /** The day's transcript: the day runs once (it loads the embedding model) and every test reads it. */
    private static String DAY;

    @BeforeAll
    static void runTheDay() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PracticeDay.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        DAY = bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theDayRunsToTheEndAndSaysWhatHappened() {
        String out = DAY;
        assertThat(out).contains("PracticeKit practice day", "Opening the practice", "Dana Whitfield, LCSW", "End of day");
    }

    @Test
    void theNotesChapterDraftsVerifiesSignsAndShowsTheDraft() {
        String out = DAY;
        assertThat(out).contains("Progress note: prompt, draft, verify, sign", "offline drafter wrote this SOAP draft",
                "I used cognitive restructuring", "Verifier: all", "CPT suggestion attached", "90837",
                "Signed by Dana Whitfield, LCSW; SHA-256", "sent to the EHR: yes", "A change after signing is refused",
                "hash still verifies (true)", "signed addendum linked to the note");
    }

    @Test
    void theIntakeChapterTakesOneClientFromInquiryToTheEhrWithAReminderAndOneFollowUp() {
        String out = DAY;
        String intake = out.substring(out.indexOf("== A new client's intake"));
        assertThat(intake).contains("Intake packet sent by text", "https://portal.mainstreet.example/i/",
                "Reminder sent (intake/intake-2026-0042/reminder/1)", "We still need: insurance member ID",
                "PHQ-9 scored for the clinician: 10 (moderate)", "GAD-7 scored for the clinician: 13 (moderate)",
                "Eligibility checked in real time (X12 270 out, 271 back): active, outpatient mental health covered;"
                        + " copay $30.00, coinsurance 20 %, deductible left $125.50", "nothing for staff to do",
                "Routed to the EHR (in-memory) in one write", "with coverage.", "First appointment confirmed",
                "Staff actions this complete, eligible, no-risk intake needed: 0.", "Coverage is watched from now on");
        // The confirmed first appointment does not ask the client to confirm it again.
        assertThat(intake).contains("Hi Jordan. Your appointment on Thu Dec 3 at 9:00 AM EST (video visit) is confirmed.")
                .doesNotContain("Reply C to confirm");
        assertThat(intake.split("We still need", -1)).hasSize(2);
        assertThat(intake.lines().filter(l -> l.startsWith("      \"")))
                .allSatisfy(message -> assertThat(message).contains("Hi Jordan.", "Reply STOP to opt out.")
                        .doesNotContain("Ellery", "1991", "PHP123456789"));
    }

    @Test
    void billingSuggestsCodesWithReasonsAndFlagsADenialWithItsAction() {
        String out = DAY;
        assertThat(out).contains("CPT suggestions for this week's 6 kinds of session", "90837 at place of service 11",
                "90834-95 + 90785-95 at place of service 10", "90839 + 90840 at place of service 11",
                "90832-93 at place of service 10", "nothing to bill", "because: 55 minutes of psychotherapy",
                "+90785 dropped: crisis psychotherapy already includes it", "2 sessions left",
                "Sent 2 claims to the clearinghouse as one 837P file");
        // Each claim comes from a signed note: Dana's session with Riley, Okafor's family session with Maya.
        assertThat(out).containsPattern("PK[0-9A-F]{18}: 90837, \\$180.00, place of service 11, Aetna\\.")
                .containsPattern("PK[0-9A-F]{18}: 90847, \\$150.00, place of service 11, Illinois Medicaid, prior"
                        + " authorization IL-PA-2290431\\.")
                .contains("Aetna's remittance arrived (trace AE20261130): paid");
        assertThat(out).contains("Denial flagged (authorization): CO-197 on 90847", "next action: Request a retro-authorization");
    }

    @Test
    void aRescheduleRequestIsRoutedAndACrisisMessageReachesAPerson() {
        String out = DAY;
        assertThat(out).contains("Client messages", "Routed to the scheduling queue for the front desk",
                "Read as a figure of speech, not a risk", "Escalated to a person at once, before anything else: urgency IMMEDIATE",
                "crisis-resources message (988, 911)", "opted out of SMS = true", "Scheduling queue: 2 requests");
        // A message no phrase rule names is escalated by the trained models, the semantic layer among them.
        assertThat(out).contains("Phrase rules: nothing matched. The trained models read it as HIGH",
                "semantic layer (embedding-head", "Escalated to a person at once: urgency IMMEDIATE.");
        // The worrying messages themselves are never printed.
        assertThat(out).doesNotContain("better off without me\"").doesNotContain("Everyone would be better off")
                .doesNotContain("Soon they won't have to");
    }

    @Test
    void schedulingRefillsACancellationFromTheWaitlistAndOffersThreeTimesForAReschedule() {
        String out = DAY;
        assertThat(out).contains("Scheduling and the waitlist", "Taylor cancels", "offered to the best match",
                "texts \"No thanks\": the offer is declined", "texts \"YES\" (an answer to the offer, not an opt-in): booked",
                "Sam asks to move", "1) ", "2) ", "3) ", "Sam texts \"2\" (picked-option-2): moved to",
                "not put on the waitlist", "with elevated priority");
        assertThat(out).containsPattern("held and offered to the best match on the waitlist, (Priya|Ava)");
        // The offer text names the practice, greets the client and says how to opt out.
        assertThat(out).containsPattern("\"Main Street Counseling: Hi (Priya|Ava)\\. A time opened for you: .* Reply STOP to"
                + " opt out\\.\"");
        assertThat(out.substring(out.indexOf("Sam asks to move"))).contains("MST");
    }

    @Test
    void theAiSummaryChapterShowsPlaceholdersAuditAndARefusal() {
        String out = DAY;
        String chapter = out.substring(out.indexOf("An AI summary behind the PHI guard"), out.indexOf("End of day"));
        assertThat(chapter).contains("What the model received: [PERSON_1] (DOB [DATE_1])", "[PHONE_1]", "[LOCATION_1]",
                "PHQ-9 was 17", "CPT 90837", "7/10");
        assertThat(chapter).doesNotContain("Keisha", "312-555-0148", "03/14/1985", "Evanston");
        assertThat(chapter).contains("Audited: llm.disclosure to cloud-llm", "the guard refused it: nothing was sent",
                "Requests that reached the model: 1.");
    }

    @Test
    void theIntakeReachesTheEhrOnceAndReadsBack() {
        String out = DAY;
        assertThat(out).contains("Structured data into the EHR",
                "Riley Chen's completed intake went to the EHR in one write",
                "nothing was duplicated",
                "the book wrote it to the EHR by itself",
                "Riley texts \"C\": the reply confirmed the appointment, and the EHR shows it confirmed.",
                "Read back from the EHR: Riley Chen (goes by Rye, they/them), insurance Aetna, 1 appointment(s) on"
                        + " tomorrow's book.");
        assertThat(out).doesNotContain("should never happen");
    }

    @Test
    void theDayEndsWithTheOwnersSummaryCountedFromTheAuditLogWithoutPhi() {
        String summary = DAY.substring(DAY.indexOf("== The owner's summary"));
        assertThat(summary).contains("What needs a person now (5):",
                "NOW       A client asking for an appointment shows acute risk: contact them.",
                "NOW       Risk language in a client's message: a clinician reads it (high).",
                // The Medicaid denial and the authorization the scheduler's last call reported as running out.
                "ROUTINE   A claim was denied: correct and resubmit it, or appeal ($150.00).",
                "Mon 7:49 PM  ROUTINE   A prior authorization is running out: request an extension.",
                "What PracticeKit did without anyone:",
                "1 cancelled slot refilled from the waitlist (empty 35 minutes in all)",
                "2 progress notes drafted for review; 2 claims sent.",
                // 330 billed = 150 paid + 30 off under Aetna's contract + 150 denied.
                "Money: billed $330.00, paid $150.00, written off under payer contracts $30.00, owed by clients $0.00,"
                        + " denied $150.00",
                // Eligibility went over the real 270/271 path: the complete, eligible, no-risk intake needed nobody.
                // Per session: Dana's edit, signature and addendum, Emeka's signature, and the denial.
                "Staff actions per new client: 0.0 (1 new client); per session: 2.5 (2 sessions). Counted from the audit log.");
        assertThat(summary).doesNotContain("insurance needs checking by hand");
        assertThat(summary).doesNotContain("IL-PA", "PKE", "PKA");
        assertThat(summary).doesNotContain("Jordan", "Riley", "Rye", "Maya", "Okonkwo", "Ellery", "client-", "+1217");
    }
}
