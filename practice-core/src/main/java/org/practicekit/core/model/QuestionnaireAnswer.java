package org.practicekit.core.model;

import java.util.Objects;

/**
 * One validated answer to one questionnaire item, in canonical text form: ISO-8601 for dates,
 * decimal digits for integers, "true"/"false" for booleans, the choice code for choices, E.164
 * for phones.
 *
 * @param linkId the item's id in the questionnaire
 * @param question the item's text as the client saw it
 * @param type the item's type
 * @param value the canonical answer
 */
public record QuestionnaireAnswer(String linkId, String question, AnswerType type, String value) {
    /** Item types a PracticeKit questionnaire can carry. */
    public enum AnswerType { TEXT, DATE, CHOICE, INTEGER, BOOLEAN, PHONE, EMAIL, ADDRESS }

    public QuestionnaireAnswer {
        Objects.requireNonNull(linkId, "linkId == null");
        Objects.requireNonNull(question, "question == null");
        Objects.requireNonNull(type, "type == null");
        Objects.requireNonNull(value, "value == null");
    }

    @Override
    public String toString() {
        return "QuestionnaireAnswer[" + linkId + ", " + type + "]";
    }
}
