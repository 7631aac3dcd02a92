package org.practicekit.core.model;

/** How a session takes place. */
public enum Modality {
    /** In the office at a location. */
    IN_PERSON,
    /** Real-time audio and video. */
    TELEHEALTH_VIDEO,
    /** Real-time audio only (the client cannot or will not use video). */
    TELEHEALTH_AUDIO;

    public boolean isTelehealth() {
        return this != IN_PERSON;
    }
}
