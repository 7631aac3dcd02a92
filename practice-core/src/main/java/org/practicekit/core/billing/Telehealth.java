package org.practicekit.core.billing;

/** Whether and how a session was held over telehealth; decides modifiers and place of service. */
public enum Telehealth {
    /** In person (office, or the client's home when {@code clientAtHome} is set). */
    NONE,
    /** Real-time audio and video. */
    VIDEO,
    /** Real-time audio only: the clinician could offer video and the client could not or would not use it. */
    AUDIO_ONLY
}
