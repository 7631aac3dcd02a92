package org.practicekit.core.messaging;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The result of assessing one message: the highest level found and every indicator behind it.
 * {@code NONE} exactly when there are no indicators.
 *
 * @param level the highest level of any indicator, or {@code NONE}
 * @param indicators what was found, for the human who reads it
 */
public record RiskAssessment(RiskLevel level, List<RiskIndicator> indicators) {
    private static final RiskAssessment NO_RISK = new RiskAssessment(RiskLevel.NONE, List.of());

    public RiskAssessment {
        Objects.requireNonNull(level, "level == null");
        indicators = List.copyOf(indicators);
        RiskLevel highest = RiskLevel.NONE;
        for (RiskIndicator i : indicators) {
            highest = highest.max(i.level());
        }
        if (highest != level) {
            throw new IllegalArgumentException("level must be the highest indicator level (" + highest + ")");
        }
    }

    /** No indicator found. */
    public static RiskAssessment none() {
        return NO_RISK;
    }

    /** An assessment whose level is the highest of the indicators'. */
    public static RiskAssessment of(List<RiskIndicator> indicators) {
        RiskLevel highest = RiskLevel.NONE;
        for (RiskIndicator i : indicators) {
            highest = highest.max(i.level());
        }
        return new RiskAssessment(highest, indicators);
    }

    /** True when a person must read the message. */
    public boolean needsHuman() {
        return level.isAbove(RiskLevel.NONE);
    }

    /** The distinct categories found, in the order first found. */
    public Set<RiskCategory> categories() {
        Set<RiskCategory> out = new LinkedHashSet<>();
        indicators.forEach(i -> out.add(i.category()));
        return out;
    }

    /**
     * Both assessments together: the higher level and every indicator. Combining can only raise a
     * level, so a rules hit is never overruled to {@code NONE}.
     */
    public RiskAssessment and(RiskAssessment other) {
        if (other.indicators.isEmpty()) {
            return this;
        }
        if (indicators.isEmpty()) {
            return other;
        }
        List<RiskIndicator> all = new ArrayList<>(indicators);
        all.addAll(other.indicators);
        return new RiskAssessment(level.max(other.level), all);
    }

    /** Never includes evidence, which quotes the client. */
    @Override
    public String toString() {
        return "RiskAssessment[" + level + ", " + categories() + "]";
    }
}
