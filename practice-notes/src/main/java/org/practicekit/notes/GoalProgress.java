package org.practicekit.notes;

import java.util.Objects;

/**
 * Progress toward one treatment-plan goal this session.
 *
 * @param goal the goal as written in the treatment plan ("reduce panic attacks to fewer than one a
 *     week")
 * @param rating the clinician's rating
 * @param evidence what shows it, as a noun phrase ("two panic attacks this week, down from five"),
 *     or ""
 */
public record GoalProgress(String goal, ProgressRating rating, String evidence) {
    public GoalProgress {
        goal = Objects.requireNonNull(goal, "goal == null").strip();
        Objects.requireNonNull(rating, "rating == null");
        evidence = Objects.requireNonNull(evidence, "evidence == null").strip();
    }
}
