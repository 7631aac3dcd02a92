package org.practicekit.core.intake;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.practicekit.core.model.ScreeningScore;

/**
 * The result of checking a valid submission against a packet: the merged canonical answers (with
 * answers to hidden items dropped), the consents newly signed, what is still missing, and the
 * scores of every completed screening instrument. Immutable.
 *
 * @param answers canonical answers by item id, in packet order
 * @param dropped ids of earlier answers dropped because their items are now hidden
 * @param newConsents consent signatures accepted in this submission
 * @param missingItems required, shown items still unanswered, in packet order
 * @param missingConsents required consent documents not yet signed
 * @param screenings scores of every instrument whose items are all answered
 * @param phq9Item9Positive whether PHQ-9 item 9 is answered above 0
 */
public record IntakeReview(Map<String, String> answers, Set<String> dropped, List<ConsentSignature> newConsents,
        List<IntakeItem> missingItems, List<ConsentDocument> missingConsents, List<ScreeningScore> screenings,
        boolean phq9Item9Positive) {
    public IntakeReview {
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(answers, "answers == null")));
        dropped = Set.copyOf(dropped);
        newConsents = List.copyOf(newConsents);
        missingItems = List.copyOf(missingItems);
        missingConsents = List.copyOf(missingConsents);
        screenings = List.copyOf(screenings);
    }

    /** True when nothing required is missing. */
    public boolean complete() {
        return missingItems.isEmpty() && missingConsents.isEmpty();
    }

    /** Answers are PHI: only counts are shown. */
    @Override
    public String toString() {
        return "IntakeReview[" + answers.size() + " answers, " + missingItems.size() + " items missing, "
                + missingConsents.size() + " consents missing]";
    }
}
