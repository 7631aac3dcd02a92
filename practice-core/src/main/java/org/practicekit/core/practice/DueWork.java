package org.practicekit.core.practice;

import java.util.Locale;
import java.util.Objects;
import org.practicekit.core.billing.auth.AuthorizationAlert;
import org.practicekit.core.billing.claim.FilingAlert;
import org.practicekit.core.eligibility.EligibilityAction;
import org.practicekit.core.event.WorkflowEvent;
import org.practicekit.core.intake.IntakeAction;
import org.practicekit.core.messaging.outreach.DeliveryOutcome;
import org.practicekit.core.messaging.outreach.FollowUpSent;

/**
 * One item of the work {@link Practice#due(java.time.Instant)} found due: something an engine did (a
 * reminder sent, an offer passed on, an appointment written to the EHR) or something a person should
 * look at (a claim near its filing deadline, an authorization running out). Every engine's own result
 * type is kept inside, so nothing is lost by the common shape. PHI-free.
 */
public sealed interface DueWork {
    /** Which engine: "intake", "scheduling", "outreach", "follow-ups", "eligibility", "billing", or an extension's workflow name. */
    String engine();

    /** One PHI-free sentence for an operator's log. */
    String summary();

    /** True when a person should act on it (PracticeKit already did what it could). */
    default boolean needsPerson() {
        return false;
    }

    /** An intake step carried out: a reminder, a staff escalation, an owed EHR write or message. */
    record IntakeStep(IntakeAction action) implements DueWork {
        public IntakeStep {
            Objects.requireNonNull(action, "action == null");
        }

        @Override
        public String engine() {
            return "intake";
        }

        @Override
        public String summary() {
            return action.type() + " (" + action.idempotencyKey() + ")";
        }
    }

    /** A scheduling step: a reminder, an expired offer passed on, an appointment written to the EHR. */
    record SchedulingStep(WorkflowEvent event) implements DueWork {
        public SchedulingStep {
            Objects.requireNonNull(event, "event == null");
        }

        @Override
        public String engine() {
            return "scheduling";
        }

        @Override
        public String summary() {
            return event.description();
        }
    }

    /** A message the delivery policy sent, held for the morning, retried or gave up on. */
    record Delivery(DeliveryOutcome outcome) implements DueWork {
        public Delivery {
            Objects.requireNonNull(outcome, "outcome == null");
        }

        @Override
        public String engine() {
            return "outreach";
        }

        @Override
        public String summary() {
            return outcome.purpose() + " " + outcome.status().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }

        @Override
        public boolean needsPerson() {
            return outcome.status() == DeliveryOutcome.Status.FAILED;
        }
    }

    /** A between-session follow-up sent (homework, check-in, no-show). */
    record FollowUp(FollowUpSent sent) implements DueWork {
        public FollowUp {
            Objects.requireNonNull(sent, "sent == null");
        }

        @Override
        public String engine() {
            return "follow-ups";
        }

        @Override
        public String summary() {
            return sent.purpose() + " " + sent.status().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
    }

    /**
     * A coverage re-check the {@link org.practicekit.core.eligibility.EligibilityWatch} made: re-checked,
     * put off because the payer could not answer, or a staff item raised (lapsed coverage, visit limit
     * used up, prior authorization now required).
     */
    record CoverageCheck(EligibilityAction action) implements DueWork {
        public CoverageCheck {
            Objects.requireNonNull(action, "action == null");
        }

        @Override
        public String engine() {
            return "eligibility";
        }

        @Override
        public String summary() {
            return action.code() + " (" + action.key() + ")";
        }

        @Override
        public boolean needsPerson() {
            return !action.code().equals("eligibility.rechecked") && !action.code().equals("eligibility.deferred");
        }
    }

    /** A claim not yet sent whose filing deadline is near or past. */
    record FilingDeadline(FilingAlert alert) implements DueWork {
        public FilingDeadline {
            Objects.requireNonNull(alert, "alert == null");
        }

        @Override
        public String engine() {
            return "billing";
        }

        @Override
        public String summary() {
            return "Claim " + alert.claimId() + " must be filed by " + alert.deadline() + " (" + alert.daysLeft()
                    + " days left).";
        }

        @Override
        public boolean needsPerson() {
            return true;
        }
    }

    /** A prior authorization running low or ending soon. */
    record AuthorizationRunningOut(AuthorizationAlert alert) implements DueWork {
        public AuthorizationRunningOut {
            Objects.requireNonNull(alert, "alert == null");
        }

        @Override
        public String engine() {
            return "billing";
        }

        @Override
        public String summary() {
            return alert.message();
        }

        @Override
        public boolean needsPerson() {
            return true;
        }
    }

    /** Work of an engine from a module outside core (for example a signed note exported on retry). */
    record Extension(WorkflowEvent event) implements DueWork {
        public Extension {
            Objects.requireNonNull(event, "event == null");
        }

        @Override
        public String engine() {
            return event.workflow();
        }

        @Override
        public String summary() {
            return event.description();
        }
    }
}
