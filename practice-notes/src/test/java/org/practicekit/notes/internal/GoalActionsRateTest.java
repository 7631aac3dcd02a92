package org.practicekit.notes.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A goal that carries its own rate over a week or a month keeps a bare count as typed: said with the goal's action the
 * two rates would stand in one phrase ("walking 4 short blocks a week on 1 day this week") and read as one claim.
 */
class GoalActionsRateTest {

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', value = {
            "walk 4 short blocks a week | 1 day this week",
            "go to the gym 3 early mornings/wk | 2 days last week",
            "attend 2 support group meetings per month | 1 time this month",
            "practice guitar twice every single week | once",
            "cook dinner 5 nights weekly | 3 nights",
            "call a friend 1 time each week | 0 times this week"})
    void aGoalWithItsOwnRateKeepsTheCountAsTyped(String goal, String evidence) {
        assertThat(GoalActions.counted(evidence, goal, "client")).isEmpty();
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', value = {
            "eat every 3-4 hours | 2 of 7 days | the client eating every 3-4 hours on 2 of 7 days",
            "walk to the mailbox | 3 days this week | the client walking to the mailbox on 3 days this week"})
    void aGoalWithoutARateIsSaidWithItsCount(String goal, String evidence, String said) {
        assertThat(GoalActions.counted(evidence, goal, "client")).isEqualTo(said);
    }
}
