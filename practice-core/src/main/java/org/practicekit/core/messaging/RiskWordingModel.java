package org.practicekit.core.messaging;

import java.util.Objects;
import org.practicekit.core.messaging.internal.LexicalRiskModel;

/**
 * The trained lexical model inside {@link RiskClassifier#standard()}: how much a message is worded
 * like the messages in PracticeKit's crisis corpus that needed a person, as a probability. It reads
 * words, word pairs and word classes (a medication, a weapon, a farewell, finality, a relative, a
 * negation...), window by window ({@link MessageWindows}). Other classifiers use it to decide which
 * windows of a long message deserve a closer (and costlier) look.
 *
 * <p>Thread-safe; microseconds per window; never logs.
 */
public final class RiskWordingModel {
    private static final RiskWordingModel BUNDLED = new RiskWordingModel(null);

    private final LexicalRiskModel model;

    private RiskWordingModel(LexicalRiskModel model) {
        this.model = model;
    }

    /** The model bundled with PracticeKit. */
    public static RiskWordingModel bundled() {
        return BUNDLED;
    }

    private LexicalRiskModel model() {
        return model != null ? model : LexicalRiskModel.bundled();
    }

    /** The highest probability of any window of {@code message}. */
    public double probability(String message) {
        Objects.requireNonNull(message, "message == null");
        return model().probability(message);
    }

    /** The probability of {@code window} read as one piece, without splitting it. */
    public double windowProbability(String window) {
        Objects.requireNonNull(window, "window == null");
        double z = model().logit(org.practicekit.core.messaging.internal.MessageText.normalize(window));
        return 1 / (1 + Math.exp(-z));
    }
}
