package org.practicekit.core.messaging;

import org.practicekit.core.spi.Escalation;

/**
 * How urgently a person must read a client's message, lowest first. Anything above {@link #NONE}
 * goes to a human before any automated step.
 */
public enum RiskLevel {
    /** No risk indicator was found; the message may be routed like any other. */
    NONE,
    /** Distress or hopelessness without a stated intent: a clinician today. */
    CONCERN,
    /** Suicidal ideation, self-harm, harm to others, abuse, command hallucinations: a clinician now. */
    HIGH,
    /** A plan, means, preparations, an overdose or a stated time: a clinician now, by phone. */
    IMMINENT;

    /** True when this level is strictly above {@code other}. */
    public boolean isAbove(RiskLevel other) {
        return compareTo(other) > 0;
    }

    /** The higher of the two levels. */
    public RiskLevel max(RiskLevel other) {
        return isAbove(other) ? this : other;
    }

    /** How fast staff must act on a message at this level; {@code NONE} needs no escalation. */
    public Escalation.Urgency urgency() {
        switch (this) {
            case HIGH:
            case IMMINENT:
                return Escalation.Urgency.IMMEDIATE;
            case CONCERN:
                return Escalation.Urgency.SAME_DAY;
            default:
                return Escalation.Urgency.ROUTINE;
        }
    }
}
