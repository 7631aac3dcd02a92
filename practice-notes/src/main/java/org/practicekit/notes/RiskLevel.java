package org.practicekit.notes;

/** The clinician's judgement of suicide, self-harm or violence risk this session. */
public enum RiskLevel {
    NONE("no identified"), LOW("low"), MODERATE("moderate"), HIGH("high"), IMMINENT("imminent");

    private final String display;

    RiskLevel(String display) {
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
