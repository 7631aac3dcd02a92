package org.practicekit.core.messaging;

import java.util.List;
import java.util.Objects;
import org.practicekit.core.messaging.internal.PhraseRiskRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a client's free-text message and says whether a person must see it now. Recall comes
 * before precision: a missed crisis is the worst error this SDK can make, so implementations err
 * towards escalating.
 *
 * <p>Contract: thread-safe; never returns null; must not log the message.
 */
@FunctionalInterface
public interface RiskClassifier {
    /** Assesses one message. */
    RiskAssessment assess(String message);

    /**
     * The offline default: phrase rules for suicidal ideation (explicit and passive), plans, means
     * and preparations, self-harm, overdose, harm to others, abuse, command hallucinations, relapse
     * with hopelessness and reports about someone else, with negation, idiom, typo, slang and basic
     * Spanish handling. No network, no model. Shared and thread-safe.
     */
    static RiskClassifier standard() {
        return PhraseRiskRules.INSTANCE;
    }

    /**
     * Runs {@code first} and then each of {@code more}, and keeps the highest level with every
     * indicator, so an extra classifier can add risk but never remove it. {@code first} must not
     * fail (its exception propagates); a failing extra classifier is logged by class name and
     * skipped, leaving the result of the others.
     */
    static RiskClassifier combined(RiskClassifier first, RiskClassifier... more) {
        Objects.requireNonNull(first, "first == null");
        List<RiskClassifier> extras = List.of(more);
        Logger log = LoggerFactory.getLogger(RiskClassifier.class);
        return message -> {
            RiskAssessment result = first.assess(message);
            for (RiskClassifier extra : extras) {
                try {
                    result = result.and(extra.assess(message));
                } catch (RuntimeException e) {
                    // Never the message: it is PHI. The first classifier's result stands.
                    log.warn("risk classifier {} failed ({}); keeping the other results", extra.getClass().getName(),
                            e.getClass().getName());
                }
            }
            return result;
        };
    }
}
