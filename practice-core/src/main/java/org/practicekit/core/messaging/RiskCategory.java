package org.practicekit.core.messaging;

/** What kind of risk an indicator points to, each with the level it raises a message to. */
public enum RiskCategory {
    /** "I want to kill myself", "I'm suicidal". */
    SUICIDAL_IDEATION(RiskLevel.HIGH, "suicidal ideation"),
    /** "Everyone would be better off without me", "go to sleep and never wake up". */
    PASSIVE_IDEATION(RiskLevel.HIGH, "passive suicidal ideation"),
    /** A plan, a chosen time or place. */
    PLAN(RiskLevel.IMMINENT, "a plan or a chosen time"),
    /** Access to means or preparations: pills saved, a gun bought, goodbye letters, belongings given away. */
    MEANS_OR_PREPARATION(RiskLevel.IMMINENT, "means or preparations"),
    /** Cutting, burning or otherwise hurting oneself. */
    SELF_HARM(RiskLevel.HIGH, "self-harm"),
    /** An overdose taken or about to be taken. */
    OVERDOSE(RiskLevel.IMMINENT, "overdose"),
    /** Intent or thoughts of hurting someone else. */
    HARM_TO_OTHERS(RiskLevel.HIGH, "harm to others"),
    /** Being hurt, threatened or unsafe at home. */
    ABUSE_OR_UNSAFE_HOME(RiskLevel.HIGH, "abuse or an unsafe home"),
    /** Voices telling the client to do something. */
    COMMAND_HALLUCINATIONS(RiskLevel.HIGH, "command hallucinations"),
    /** Drinking or using again, together with hopelessness. */
    RELAPSE_WITH_HOPELESSNESS(RiskLevel.HIGH, "substance relapse with hopelessness"),
    /** Hopelessness or "I can't go on" without a stated intent. */
    HOPELESSNESS(RiskLevel.CONCERN, "hopelessness"),
    /** Someone else (a friend, a child, a partner) is said to be at risk. */
    SOMEONE_ELSE_AT_RISK(RiskLevel.HIGH, "someone else at risk"),
    /** Worded like crisis messages without using the phrase rules' phrases (found by a trained model). */
    RESEMBLES_CRISIS_LANGUAGE(RiskLevel.HIGH, "resembles crisis language"),
    /**
     * Worded somewhat like messages that needed a person, without a clear indicator: death talk,
     * hopelessness, "I'm done", a goodbye, pills or a weapon without context. A person reads it today.
     */
    POSSIBLE_RISK(RiskLevel.CONCERN, "possible risk in its wording"),
    /** The message could not be assessed (a classifier failed, or a language it cannot read); a person must read it. */
    NOT_ASSESSED(RiskLevel.CONCERN, "could not be assessed automatically");

    private final RiskLevel level;
    private final String description;

    RiskCategory(RiskLevel level, String description) {
        this.level = level;
        this.description = description;
    }

    /** The level an indicator of this category raises a message to, at least. */
    public RiskLevel level() {
        return level;
    }

    /** A few words for staff ("passive suicidal ideation"). */
    public String description() {
        return description;
    }
}
