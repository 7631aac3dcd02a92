package org.practicekit.core.event;

import java.util.List;
import java.util.function.Consumer;
import org.practicekit.core.spi.DeliveryReceipt;
import org.practicekit.core.spi.Escalation;
import org.practicekit.core.spi.OutboundMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Fans events out to several listeners, isolating each: one that throws is logged and skipped. */
public final class PracticeListeners extends PracticeListener {
    private static final Logger LOG = LoggerFactory.getLogger(PracticeListeners.class);

    private final List<PracticeListener> listeners;

    public PracticeListeners(List<PracticeListener> listeners) {
        this.listeners = List.copyOf(listeners);
    }

    private void each(Consumer<PracticeListener> call, String event) {
        for (PracticeListener l : listeners) {
            try {
                call.accept(l);
            } catch (RuntimeException e) {
                // A listener must never stop a workflow; the class name is enough to find the culprit.
                LOG.warn("listener {} threw on {}: {}", l.getClass().getName(), event, e.getClass().getName());
            }
        }
    }

    @Override
    public void onWorkflowEvent(WorkflowEvent event) {
        each(l -> l.onWorkflowEvent(event), event.type());
    }

    @Override
    public void onMessageSent(OutboundMessage message, DeliveryReceipt receipt) {
        each(l -> l.onMessageSent(message, receipt), "message " + message.purpose());
    }

    @Override
    public void onEscalation(Escalation escalation) {
        each(l -> l.onEscalation(escalation), "escalation " + escalation.category());
    }
}
