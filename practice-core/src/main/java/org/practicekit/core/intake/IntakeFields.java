package org.practicekit.core.intake;

/**
 * Ids of the items the workflow maps onto the EHR's client record. A practice's own packet uses
 * these ids for the demographics and emergency contact it collects; every other item is routed as
 * a questionnaire answer only. Insurance item ids are on {@link InsuranceField}.
 */
public final class IntakeFields {
    public static final String GIVEN_NAME = "demographics.given-name";
    public static final String FAMILY_NAME = "demographics.family-name";
    public static final String BIRTH_DATE = "demographics.birth-date";
    public static final String MOBILE = "demographics.mobile";
    public static final String EMAIL = "demographics.email";
    public static final String ADDRESS = "demographics.address";
    public static final String LANGUAGE = "demographics.language";
    /** The name the client goes by; texts greet them with it. */
    public static final String PREFERRED_NAME = "demographics.preferred-name";
    public static final String PRONOUNS = "demographics.pronouns";
    /** Sex as the insurance records it: a {@link org.practicekit.core.model.AdministrativeSex} code. */
    public static final String SEX = "demographics.sex";
    /** A {@link org.practicekit.core.model.GenderIdentity} code. */
    public static final String GENDER_IDENTITY = "demographics.gender-identity";
    public static final String EMERGENCY_NAME = "emergency.name";
    public static final String EMERGENCY_RELATIONSHIP = "emergency.relationship";
    public static final String EMERGENCY_PHONE = "emergency.phone";
    public static final String PRESENTING_CONCERNS = "concerns.presenting";
    public static final String GOALS = "concerns.goals";
    public static final String PRIOR_THERAPY = "concerns.prior-therapy";
    /** PHQ-9 items are {@code phq9.1} to {@code phq9.9}; item 9 is the risk item. */
    public static final String PHQ9_ITEM9 = "phq9.9";

    private IntakeFields() {
    }
}
