package org.practicekit.core.scheduling;

/**
 * How soon a client should be seen, as the practice tiers its waitlist. Screening can raise a tier;
 * an acute-risk client is never a waitlist priority at all but is escalated to a person at once.
 */
public enum Priority {
    /** The normal queue. */
    ROUTINE(0),
    /** Seen ahead of the normal queue (e.g. a moderate screening score, a step-down from a higher level of care). */
    ELEVATED(2_000),
    /** As soon as any fitting slot opens. */
    URGENT(5_000);

    private final long bonus;

    Priority(long bonus) {
        this.bonus = bonus;
    }

    /** The weight this tier adds to every fitting slot. */
    public long bonus() {
        return bonus;
    }

    /** The next tier up (URGENT stays URGENT). */
    public Priority raised() {
        return this == ROUTINE ? ELEVATED : URGENT;
    }
}
