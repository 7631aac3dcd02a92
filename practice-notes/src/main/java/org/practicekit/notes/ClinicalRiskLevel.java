package org.practicekit.notes;

/**
 * The clinician's judgement of suicide, self-harm or violence risk this session. Not the automated
 * triage level of a client message ({@code org.practicekit.core.messaging.RiskLevel}).
 */
public enum ClinicalRiskLevel {
    NONE("no identified"), LOW("low"), MODERATE("moderate"), HIGH("high"), IMMINENT("imminent");

    private final String display;

    ClinicalRiskLevel(String display) {
        this.display = display;
    }

    /** The adjective a note uses ("moderate"). */
    public String display() {
        return display;
    }

    /** True for every level above NONE: the note must then carry an explicit risk statement. */
    public boolean aboveNone() {
        return this != NONE;
    }
}
