package org.practicekit.core.messaging;

import java.util.Objects;

/**
 * One thing found in a message that points to risk, for the person who reads the escalation.
 * {@code evidence} quotes the client's words and is PHI: it goes to the escalation only, never to
 * logs or audit, and {@link #toString()} leaves it out.
 *
 * @param category what kind of risk
 * @param level the level this indicator raises the message to
 * @param rule a stable, PHI-free name of the rule or model that found it ("passive.better-off-without-me")
 * @param evidence the words that matched, normalized; may be empty
 */
public record RiskIndicator(RiskCategory category, RiskLevel level, String rule, String evidence) {
    public RiskIndicator {
        Objects.requireNonNull(category, "category == null");
        Objects.requireNonNull(level, "level == null");
        Objects.requireNonNull(rule, "rule == null");
        Objects.requireNonNull(evidence, "evidence == null");
        if (level == RiskLevel.NONE) {
            throw new IllegalArgumentException("an indicator has a level above NONE");
        }
        if (rule.isBlank()) {
            throw new IllegalArgumentException("rule is blank");
        }
    }

    /** An indicator at its category's own level. */
    public static RiskIndicator of(RiskCategory category, String rule, String evidence) {
        return new RiskIndicator(category, category.level(), rule, evidence);
    }

    /** A line for the escalation: "passive suicidal ideation (HIGH): "better off without me"". */
    public String forStaff() {
        return category.description() + " (" + level + ")" + (evidence.isEmpty() ? "" : ": \"" + evidence + "\"");
    }

    @Override
    public String toString() {
        return "RiskIndicator[" + category + ", " + level + ", " + rule + "]";
    }
}
