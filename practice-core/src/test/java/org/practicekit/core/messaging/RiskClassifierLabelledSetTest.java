package org.practicekit.core.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.practicekit.core.messaging.LabelledMessages.Labelled;

/**
 * The acceptance bar of the standard classifier on the labelled set: every risk message escalated
 * (recall 1.0) and at least nine escalations in ten justified (precision >= 0.9).
 */
class RiskClassifierLabelledSetTest {
    private final List<Labelled> set = LabelledMessages.load();

    @Test
    void theSetIsLargeAndCoversEveryKindOfMessage() {
        assertThat(set).hasSizeGreaterThanOrEqualTo(200);
        assertThat(set).extracting(Labelled::tags).contains("idiom", "negation", "typo", "lowercase", "slang", "spanish",
                "thirdparty", "explicit", "passive", "plan", "means", "selfharm", "overdose", "others", "abuse", "command",
                "relapse");
        assertThat(set.stream().filter(Labelled::risk).count()).isGreaterThanOrEqualTo(100);
        assertThat(set.stream().filter(l -> !l.risk()).count()).isGreaterThanOrEqualTo(100);
    }

    @Test
    void everyRiskMessageIsEscalatedAndNineInTenEscalationsAreJustified() {
        RiskClassifier classifier = RiskClassifier.standard();
        List<String> missed = new ArrayList<>();
        List<String> falseAlarms = new ArrayList<>();
        int truePositives = 0;
        for (Labelled l : set) {
            boolean escalated = classifier.assess(l.text()).needsHuman();
            if (l.risk() && escalated) {
                truePositives++;
            } else if (l.risk()) {
                missed.add(l.text());
            } else if (escalated) {
                falseAlarms.add(l.text() + " -> " + classifier.assess(l.text()));
            }
        }
        double recall = truePositives / (double) (truePositives + missed.size());
        double precision = truePositives / (double) (truePositives + falseAlarms.size());
        assertThat(missed).as("risk messages not escalated (false alarms: %s)", falseAlarms).isEmpty();
        assertThat(recall).isEqualTo(1.0);
        assertThat(precision).as("precision; false alarms: %s", falseAlarms).isGreaterThanOrEqualTo(0.9);
    }
}
