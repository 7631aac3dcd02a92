package org.practicekit.core.messaging;

/** Which queue handles a message without risk. */
public enum MessageIntent {
    /** Reschedule, cancel, running late, availability: the scheduling engine or front desk. */
    SCHEDULING,
    /** Forms, paperwork, consents, the intake packet: the intake workflow. */
    INTAKE,
    /** Bills, payments, insurance, receipts: the billing queue. */
    BILLING,
    /** Anything else, including all clinical content: a person at the practice. */
    STAFF
}
