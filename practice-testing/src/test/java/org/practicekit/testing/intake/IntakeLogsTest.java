package org.practicekit.testing.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.practicekit.core.RetriableException;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.core.inmemory.StaffQueueEscalation;
import org.practicekit.core.intake.IntakeFields;
import org.practicekit.core.intake.IntakeSubmission;
import org.practicekit.core.intake.IntakeWorkflow;
import org.practicekit.core.store.InMemoryWorkflowStore;
import org.practicekit.testing.RecordingEhr;
import org.practicekit.testing.RecordingEscalation;
import org.practicekit.testing.RecordingMessageChannel;
import org.practicekit.testing.ScriptedEligibilityChecker;
import org.practicekit.testing.TestClock;

/** Plants PHI in an intake and checks that none of it reaches the log (slf4j-simple writes to System.err). */
class IntakeLogsTest {
    @Test
    void escalationsFailuresAndRiskLeaveNoPhiInTheLog() {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            TestClock clock = TestClock.at("2026-11-02T14:00:00Z");
            RecordingEscalation failingPager = new RecordingEscalation();
            IntakeWorkflow.Builder common = IntakeWorkflow.builder().store(new InMemoryWorkflowStore(clock))
                    .channel(RecordingMessageChannel.create(clock)).audit(new InMemoryAuditLog()).ehr(new RecordingEhr())
                    .eligibility(new ScriptedEligibilityChecker(clock)).clock(clock).practiceName("Prairie Counseling")
                    .portalUrl("https://portal.prairie.example/intake/").linkSecret(IntakeOnDatabaseTest.LINK_SECRET);
            IntakeWorkflow logged = common.escalation(new StaffQueueEscalation()).build();
            logged.start(IntakeOnDatabaseTest.inquiry("log-1"));
            Map<String, String> answers = IntakeOnDatabaseTest.completeAnswers();
            answers.put(IntakeFields.PHQ9_ITEM9, "3");
            logged.submit("log-1", IntakeSubmission.builder().answers(answers).build());

            IntakeWorkflow paging = common.escalation(failingPager).build();
            paging.start(IntakeOnDatabaseTest.inquiry("log-2"));
            failingPager.failWith(new RetriableException("pager down (scripted)", "pager", "escalate", null));
            assertThatThrownBy(() -> paging.due(clock.instant().plus(Duration.ofDays(6))))
                    .isInstanceOf(RetriableException.class);
        } finally {
            System.setErr(original);
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        assertThat(log).contains("risk.phq9-item9", "log-2");
        assertThat(log).doesNotContain("Jordan", "Ellery", "1991-04-09", "PHP123456789", "+1217555", "Elm Street",
                "Trouble sleeping", "sibling");
    }
}
