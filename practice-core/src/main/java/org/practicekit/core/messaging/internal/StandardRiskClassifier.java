package org.practicekit.core.messaging.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.practicekit.core.messaging.RiskAssessment;
import org.practicekit.core.messaging.RiskCategory;
import org.practicekit.core.messaging.RiskClassifier;
import org.practicekit.core.messaging.RiskIndicator;
import org.practicekit.core.messaging.RiskLevel;

/**
 * {@code RiskClassifier.standard()}: the phrase rules (what kind of risk, and IMMINENT for plans, means
 * and overdoses), the trained lexical model (anything worded like messages that needed a person: HIGH
 * above its high threshold, CONCERN above its recall threshold) and a language check (a message in a
 * language the classifier cannot read goes to a person). Each part can only add indicators.
 */
public final class StandardRiskClassifier implements RiskClassifier {
    /** Shared: holds no mutable state. */
    public static final StandardRiskClassifier INSTANCE = new StandardRiskClassifier();

    private StandardRiskClassifier() {
    }

    @Override
    public RiskAssessment assess(String message) {
        Objects.requireNonNull(message, "message == null");
        MessageText.Canonical canonical = MessageText.canonical(message);
        List<RiskIndicator> found = new ArrayList<>(PhraseRiskRules.INSTANCE.find(canonical.text()));
        LexicalRiskModel model = LexicalRiskModel.bundled();
        LexicalRiskModel.Score score = model.score(canonical);
        double best = score.logit();
        String evidence = score.window();
        double p = 1 / (1 + Math.exp(-best));
        double concern = model.setting("threshold.concern", 0.1);
        double high = model.setting("threshold.high", 0.9);
        // The model escalates only when the message's own words raise the risk above the base rate:
        // "YES", "STOP" or a word it has never seen are no evidence of anything.
        if (p >= concern && best > model.bias()) {
            RiskLevel level = p >= high ? RiskLevel.HIGH : RiskLevel.CONCERN;
            RiskCategory category = level == RiskLevel.HIGH ? RiskCategory.RESEMBLES_CRISIS_LANGUAGE : RiskCategory.POSSIBLE_RISK;
            found.add(new RiskIndicator(category, level, String.format(Locale.ROOT, "lexical-model %.2f", p), evidence));
        }
        if (found.isEmpty() && Readability.unreadable(canonical.text())) {
            found.add(RiskIndicator.of(RiskCategory.NOT_ASSESSED, "language.unreadable", ""));
        }
        return found.isEmpty() ? RiskAssessment.none() : RiskAssessment.of(found);
    }
}
