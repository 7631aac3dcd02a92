package org.practicekit.core.billing.denial;

/** What kind of problem an adjustment points to, which decides who on staff works it. */
public enum DenialCategory {
    AUTHORIZATION,
    ELIGIBILITY,
    CODING,
    DOCUMENTATION,
    TIMELY_FILING,
    DUPLICATE,
    COORDINATION_OF_BENEFITS,
    /** The client owes it (deductible, coinsurance, copay): not a denial. */
    PATIENT_RESPONSIBILITY,
    NON_COVERED,
    /** A routine contractual write-off (fee schedule): not a denial. */
    CONTRACTUAL,
    /** A code PracticeKit does not know: review by hand. */
    OTHER;

    /** True unless this is patient responsibility or a routine contractual write-off. */
    public boolean isDenial() {
        return this != PATIENT_RESPONSIBILITY && this != CONTRACTUAL;
    }
}
