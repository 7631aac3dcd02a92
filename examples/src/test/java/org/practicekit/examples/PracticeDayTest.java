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
        assertThat(intake.split("We still need", -1)).hasSize(2);
        assertThat(intake.lines().filter(l -> l.startsWith("      \"")))
                .allSatisfy(message -> assertThat(message).doesNotContain("Jordan", "Ellery", "1991", "PHP123456789"));
    }

    @Test
    void billingSuggestsCodesWithReasonsAndFlagsADenialWithItsAction() {
        String out = DAY;
        assertThat(out).contains("CPT suggestions for today's 6 sessions", "90837 at place of service 11",
                "90834-95 + 90785-95 at place of service 10", "90839 + 90840 at place of service 11",
                "90832-93 at place of service 10", "nothing to bill", "because: 55 minutes of psychotherapy",
                "+90785 dropped: crisis psychotherapy already includes it", "2 sessions left",
                "Sent 5 claims to the clearinghouse as one 837P file");
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
        assertThat(out).contains("Scheduling and the waitlist", "Jordan cancels", "offered to the best match",
                "replies NO", "replies YES: booked", "Sam asks to move", "1) ", "2) ", "3) ", "Sam picks option 2",
                "not put on the waitlist", "with elevated priority");
        assertThat(out).containsPattern("held and offered to the best match on the waitlist, (Priya|Ava)");
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
                "Riley confirmed",
                "filed in the EHR as a final progress note",
                "Read back from the EHR: Riley Chen, insurance Aetna, 1 appointment(s) on tomorrow's book.");
        assertThat(out).doesNotContain("should never happen");
    }
}
