package org.practicekit.notes;

/**
 * The kinds of prompt content a note section draws from. A format places each kind in exactly one
 * section, so nothing is dropped and nothing is written twice.
 */
public enum SectionContent {
    /** Date, time, length, service, modality, location and who attended. */
    SESSION,
    /** The treatment-plan goals the session addressed (GIRP's Goal section); optional in a format. */
    GOALS,
    /** What the client reported: presenting concerns. */
    CONCERNS,
    /** Medications as the client reported them. */
    MEDICATIONS,
    /** Mental-status observations. */
    MENTAL_STATUS,
    /** Screening scores (PHQ-9, GAD-7). */
    SCREENING,
    /** What the clinician did. */
    INTERVENTIONS,
    /** How the client responded, to each intervention and overall. */
    RESPONSE,
    /** Progress toward treatment-plan goals. */
    PROGRESS,
    /** The risk assessment. */
    RISK,
    /** The diagnoses the session addressed. */
    DIAGNOSIS,
    /** Homework, plan elements and the next appointment. */
    PLAN
}
