package org.practicekit.core.event;

import org.practicekit.core.spi.DeliveryReceipt;
import org.practicekit.core.spi.Escalation;
import org.practicekit.core.spi.OutboundMessage;

/**
 * Observes what the engines do. An abstract class with no-op methods, so new events can be added
 * without breaking a host's listener.
 *
 * <p>Rules for implementers: methods run on the engine's calling thread, must be fast, must not
 * block on external locks, and must not throw; an exception is logged and ignored so a listener can
 * never stop a workflow (see {@link PracticeListeners}). Events arrive after the state change they
 * describe has been stored.
 */
public abstract class PracticeListener {
    /** A workflow changed state. */
    public void onWorkflowEvent(WorkflowEvent event) {
    }

    /** A message was accepted by the channel (not called for suppressed duplicates). */
    public void onMessageSent(OutboundMessage message, DeliveryReceipt receipt) {
    }

    /** A person was told through {@code HumanEscalation}. */
    public void onEscalation(Escalation escalation) {
    }
}
