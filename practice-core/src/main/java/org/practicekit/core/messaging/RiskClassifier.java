package org.practicekit.core.messaging;

import java.util.List;
import java.util.Objects;
import org.practicekit.core.messaging.internal.StandardRiskClassifier;
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
     * The offline default, in three parts that can each only add risk: phrase rules that name the kind
     * of risk (suicidal ideation explicit and passive, plans, means and preparations, self-harm,
     * overdose, harm to others, abuse, command hallucinations, relapse with hopelessness, someone else
     * at risk; IMMINENT for plans, means and overdoses); a lexical model trained on PracticeKit's
     * crisis corpus ({@link RiskWordingModel}) that escalates anything worded like messages that
     * needed a person, read window by window so a risk sentence inside a long post is found (HIGH
     * when clearly so, CONCERN when ambiguous); and a language check (a message mostly in a language
     * other than English or Spanish goes to a person). Tuned for recall: a false alarm costs a
     * clinician seconds. No network, no model runtime; tens of microseconds per short message.
     * Shared and thread-safe.
     *
     * <p>Recommended with the semantic layer of {@code practice-risk-embeddings}:
     * {@code RiskClassifier.combined(RiskClassifier.standard(), EmbeddingRiskClassifier.load())}.
     */
    static RiskClassifier standard() {
        return StandardRiskClassifier.INSTANCE;
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
