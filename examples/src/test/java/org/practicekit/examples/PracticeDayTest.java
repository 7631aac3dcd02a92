package org.practicekit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PracticeDayTest {

    @Test
    void theDayRunsToTheEndAndSaysWhatHappened() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PracticeDay.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("PracticeKit practice day", "Opening the practice", "Dana Whitfield, LCSW", "End of day");
        assertThat(out).contains("Progress note: prompt, draft, verify, sign", "offline drafter wrote this SOAP draft",
                "I used cognitive restructuring", "Verifier: all", "CPT suggestion attached", "90837",
                "Signed by Dana Whitfield, LCSW; SHA-256", "sent to the EHR: yes", "A change after signing is refused",
                "hash still verifies (true)", "signed addendum linked to the note");
    }

    @Test
    void theAiSummaryChapterShowsPlaceholdersAuditAndARefusal() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PracticeDay.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        String chapter = out.substring(out.indexOf("An AI summary behind the PHI guard"), out.indexOf("End of day"));
        assertThat(chapter).contains("What the model received: [PERSON_1] (DOB [DATE_1])", "[PHONE_1]", "[LOCATION_1]",
                "PHQ-9 was 17", "CPT 90837", "7/10");
        assertThat(chapter).doesNotContain("Keisha", "312-555-0148", "03/14/1985", "Evanston");
        assertThat(chapter).contains("Audited: llm.disclosure to cloud-llm", "the guard refused it: nothing was sent",
                "Requests that reached the model: 1.");
    }

    @Test
    void billingSuggestsCodesWithReasonsAndFlagsADenialWithItsAction() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PracticeDay.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("CPT suggestions for today's 6 sessions", "90837 at place of service 11",
                "90834-95 + 90785-95 at place of service 10", "90839 + 90840 at place of service 11",
                "90832-93 at place of service 10", "nothing to bill", "because: 55 minutes of psychotherapy",
                "+90785 dropped: crisis psychotherapy already includes it", "2 sessions left",
                "Sent 5 claims to the clearinghouse as one 837P file");
        assertThat(out).contains("Denial flagged (authorization): CO-197 on 90847", "next action: Request a retro-authorization");
    }
}
