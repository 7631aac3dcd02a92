package org.practicekit.core.spi;

/**
 * Tells a person at the practice, now. The host wires this to its paging, on-call phone or staff
 * inbox. PracticeKit calls it synchronously, before any automated reply, and treats a failure as
 * the caller's failure: it is never swallowed.
 *
 * <p>Contract: idempotent on {@link Escalation#idempotencyKey()}; thread-safe; returns only once the
 * escalation is durably handed over.
 */
public interface HumanEscalation {
    void escalate(Escalation escalation);
}
