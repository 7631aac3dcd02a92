package org.practicekit.notes;

/** How far the client moved toward one treatment-plan goal, in the clinician's judgement. */
public enum ProgressRating {
    GOAL_MET("met the goal"),
    SIGNIFICANT_PROGRESS("made significant progress"),
    STEADY_PROGRESS("made steady progress"),
    MINIMAL_PROGRESS("made minimal progress"),
    NO_CHANGE("showed no measurable change"),
    REGRESSION("showed regression");

    private final String predicate;

    ProgressRating(String predicate) {
        this.predicate = predicate;
    }

    /** The past-tense predicate a note uses ("made steady progress"). */
    public String predicate() {
        return predicate;
    }
}
