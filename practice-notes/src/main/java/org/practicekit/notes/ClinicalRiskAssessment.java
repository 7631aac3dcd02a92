package org.practicekit.notes;

import java.util.List;
import java.util.Objects;

/**
 * The session's risk assessment as the clinician recorded it. Never inferred: the level is the
 * clinician's judgement.
 *
 * @param level the clinician's risk level
 * @param ideation what the client reported about suicidal or homicidal thoughts, as a past-tense
 *     predicate ("denied suicidal and homicidal ideation"), or ""
 * @param riskFactors risk factors as noun phrases ("recent job loss")
 * @param protectiveFactors protective factors as noun phrases ("close bond with her sister")
 * @param actionsTaken what the clinician did about risk, as past-tense predicates ("completed a
 *     written safety plan with the client")
 */
public record ClinicalRiskAssessment(ClinicalRiskLevel level, String ideation, List<String> riskFactors,
        List<String> protectiveFactors, List<String> actionsTaken) {
    public ClinicalRiskAssessment {
        Objects.requireNonNull(level, "level == null");
        ideation = Objects.requireNonNull(ideation, "ideation == null").strip();
        riskFactors = List.copyOf(riskFactors);
        protectiveFactors = List.copyOf(protectiveFactors);
        actionsTaken = List.copyOf(actionsTaken);
    }

    /** No identified risk, with what the client said ("denied suicidal and homicidal ideation"). */
    public static ClinicalRiskAssessment none(String ideation) {
        return new ClinicalRiskAssessment(ClinicalRiskLevel.NONE, ideation, List.of(), List.of(), List.of());
    }
}
