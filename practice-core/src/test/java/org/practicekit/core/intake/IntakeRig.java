package org.practicekit.core.intake;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.practicekit.core.RetriableException;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.core.inmemory.InMemoryEhr;
import org.practicekit.core.inmemory.OutboxMessageChannel;
import org.practicekit.core.model.ClientId;
import org.practicekit.core.model.ContactPoint;
import org.practicekit.core.model.Money;
import org.practicekit.core.model.PersonName;
import org.practicekit.core.spi.EhrIntake;
import org.practicekit.core.spi.EhrReceipt;
import org.practicekit.core.spi.EligibilityChecker;
import org.practicekit.core.spi.EligibilityRequest;
import org.practicekit.core.spi.EligibilityResult;
import org.practicekit.core.spi.Escalation;
import org.practicekit.core.spi.HumanEscalation;
import org.practicekit.core.spi.WorkflowStore;
import org.practicekit.core.store.InMemoryWorkflowStore;
import org.practicekit.core.testsupport.EhrDelegate;
import org.practicekit.core.testsupport.SteppingClock;

/** One practice's intake on core's in-memory defaults and a fixed clock, with small recording doubles. */
final class IntakeRig {
    static final Instant T0 = Instant.parse("2026-11-02T14:00:00Z");
    /** The practice's link secret in these tests (a real one comes from the host's secrets). */
    static final byte[] LINK_SECRET = "prairie-counseling-intake-link-secret-for-tests".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    final SteppingClock clock = new SteppingClock(T0);
    final WorkflowStore store;
    final OutboxMessageChannel outbox = new OutboxMessageChannel(clock);
    final CallRecordingEscalation escalations = new CallRecordingEscalation();
    final FlakyEhr ehr = new FlakyEhr();
    final FixedEligibility eligibility = new FixedEligibility();
    final InMemoryAuditLog audit = new InMemoryAuditLog();
    final IntakeWorkflow workflow;

    IntakeRig() {
        this(new InMemoryWorkflowStore());
    }

    IntakeRig(WorkflowStore store) {
        this.store = store;
        this.workflow = newInstance();
    }

    /** Another app instance over the same store and ports (as after a restart). */
    IntakeWorkflow newInstance() {
        return IntakeWorkflow.builder().store(store).channel(outbox).escalation(escalations).ehr(ehr)
                .eligibility(eligibility).audit(audit).clock(clock).zone(java.time.ZoneId.of("America/Chicago"))
                .practiceName("Prairie Counseling").portalUrl("https://portal.prairie.example/intake/").linkSecret(LINK_SECRET).build();
    }

    /** The link token a message to the client carries. */
    static String linkToken(org.practicekit.core.spi.OutboundMessage m) {
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("/intake/([0-9a-f]{32})\\b").matcher(m.body());
        if (!link.find()) {
            throw new AssertionError("no intake link in the message");
        }
        return link.group(1);
    }

    static IntakeInquiry inquiry(String caseId) {
        return IntakeInquiry.builder().caseId(caseId).clientId(ClientId.of("client-" + caseId))
                .name(PersonName.of("Jordan", "Ellery")).contact(ContactPoint.mobile("+12175550142")).build();
    }

    static IntakeInquiry inquiry(String caseId, Duration firstAppointmentIn) {
        return inquiry(caseId).toBuilder().firstAppointment(T0.plus(firstAppointmentIn)).build();
    }

    /** Records every escalation with the thread that delivered it; can be told to fail. */
    static final class CallRecordingEscalation implements HumanEscalation {
        record Call(Escalation escalation, String thread) {
        }

        final List<Call> calls = new ArrayList<>();
        int failures;

        @Override
        public synchronized void escalate(Escalation escalation) {
            if (failures > 0) {
                failures--;
                throw new RetriableException("pager unavailable (scripted)", "pager", "escalate", null);
            }
            calls.add(new Call(escalation, Thread.currentThread().getName()));
        }

        synchronized List<Escalation> distinct() {
            List<Escalation> out = new ArrayList<>();
            for (Call c : calls) {
                if (out.stream().noneMatch(e -> e.idempotencyKey().equals(c.escalation().idempotencyKey()))) {
                    out.add(c.escalation());
                }
            }
            return out;
        }

        synchronized List<Escalation> category(String category) {
            return distinct().stream().filter(e -> e.category().equals(category)).toList();
        }
    }

    /** The in-memory EHR that can refuse the next writes, as an EHR that is down. */
    static final class FlakyEhr extends EhrDelegate {
        int refusals;
        boolean rejectAll;
        int routeCalls;

        FlakyEhr() {
            super(new InMemoryEhr());
        }

        @Override
        public synchronized EhrReceipt routeIntake(EhrIntake intake) {
            routeCalls++;
            if (refusals > 0) {
                refusals--;
                throw new RetriableException("EHR unavailable (scripted)", system(), "routeIntake", null);
            }
            if (rejectAll) {
                throw new org.practicekit.core.NonRetriableException("EHR rejected the bundle (scripted)", system(),
                        "routeIntake", null);
            }
            return super.routeIntake(intake);
        }
    }

    /** Answers every eligibility check with one scripted status. */
    static final class FixedEligibility implements EligibilityChecker {
        EligibilityResult.Status status = EligibilityResult.Status.ACTIVE;
        final List<EligibilityRequest> requests = new ArrayList<>();

        @Override
        public synchronized EligibilityResult check(EligibilityRequest request) {
            requests.add(request);
            EligibilityResult.Builder b = EligibilityResult.builder().status(status).checkedAt(Instant.EPOCH)
                    .payerReference("TRN-" + requests.size());
            if (status == EligibilityResult.Status.ACTIVE) {
                b.mentalHealthBenefit(EligibilityResult.MentalHealthBenefit.COVERED).copay(Money.usd("30.00"))
                        .deductibleRemaining(Money.usd("250.00"));
            }
            return b.build();
        }
    }
}
