package org.practicekit.core.messaging;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.practicekit.core.messaging.outreach.ContactKeyword;

/**
 * What the desk did with one message. PHI-free apart from the assessment's evidence, which
 * {@link #toString()} leaves out.
 *
 * @param messageId the message
 * @param assessment the risk assessment (NOT_ASSESSED when the classifier failed)
 * @param escalated true when a person was told through {@code HumanEscalation}
 * @param crisisReplySent true when the crisis-resources reply was accepted by the channel
 * @param routedTo the queue a message without risk went to; empty for risk and keywords
 * @param keyword the STOP or START keyword the message was, if any
 * @param reply what the message did as an answer to an open question (an offer taken, option 2 picked)
 * @param problems PHI-free notes on steps that failed after the escalation (a reply not sent, an inbox down)
 */
public record TriageOutcome(String messageId, RiskAssessment assessment, boolean escalated, boolean crisisReplySent,
        Optional<MessageIntent> routedTo, Optional<ContactKeyword> keyword, Optional<AppliedReply> reply,
        List<String> problems) {
    public TriageOutcome {
        Objects.requireNonNull(messageId, "messageId == null");
        Objects.requireNonNull(assessment, "assessment == null");
        Objects.requireNonNull(routedTo, "routedTo == null");
        Objects.requireNonNull(keyword, "keyword == null");
        Objects.requireNonNull(reply, "reply == null");
        problems = List.copyOf(problems);
    }
}
