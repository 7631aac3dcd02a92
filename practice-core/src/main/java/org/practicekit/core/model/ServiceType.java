package org.practicekit.core.model;

/**
 * The kind of clinical service, at the level that decides both scheduling (session length) and the
 * psychotherapy-family CPT codes. The clinician picks it; PracticeKit never infers it.
 */
public enum ServiceType {
    /** Individual psychotherapy (90832/90834/90837). */
    INDIVIDUAL,
    /** Family psychotherapy with the client present (90847). */
    FAMILY_WITH_CLIENT,
    /** Family psychotherapy without the client (90846). */
    FAMILY_WITHOUT_CLIENT,
    /** Group psychotherapy (90853). */
    GROUP,
    /** Multiple-family group psychotherapy (90849). */
    MULTI_FAMILY_GROUP,
    /** Psychiatric diagnostic evaluation (90791), typically the first session. */
    DIAGNOSTIC_EVALUATION,
    /** Psychiatric diagnostic evaluation with medical services (90792). */
    DIAGNOSTIC_EVALUATION_MEDICAL,
    /** Psychotherapy for crisis (90839/90840). */
    CRISIS
}
