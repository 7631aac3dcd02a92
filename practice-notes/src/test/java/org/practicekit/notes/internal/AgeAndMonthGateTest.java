package org.practicekit.notes.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The gates before the age and month patterns pass every text a pattern changes and only skip texts it cannot match:
 * an age set off after a person, an age after "age" or "aged", a month before a number are still read as such.
 */
class AgeAndMonthGateTest {
    @Test
    void setOffAgesAreStillWrittenOut() {
        assertThat(Ages.written("a woman (34) with panic")).isEqualTo("a woman (34-year-old) with panic");
        assertThat(Ages.written("the widow is 71.")).isEqualTo("the widow is 71-year-old.");
        assertThat(Ages.written("lives with a teen, 15, and her mother"))
                .isEqualTo("lives with a teen, 15-year-old, and her mother");
    }

    @Test
    void numbersThatAreNoSetOffAgeAreLeftAsTyped() {
        assertThat(Ages.written("panic attacks 3x a week, is 2 days")).isEqualTo("panic attacks 3x a week, is 2 days");
        assertThat(Ages.written("woman, 1234.")).isEqualTo("woman, 1234.");
    }

    @Test
    void anAgeAfterAgeOrAgedIsStillWrittenOutAndOtherWordsEndingInAgeAreNot() {
        assertThat(Demographics.written("aged 31, low mood")).isEqualTo("31-year-old, low mood");
        assertThat(Demographics.written("Age 31")).isEqualTo("31-year-old");
        assertThat(Demographics.written("manages stage 2 work")).isEqualTo("manages stage 2 work");
        assertThat(Demographics.written("engaged 3 times")).isEqualTo("engaged 3 times");
    }

    @Test
    void aMonthBeforeANumberIsFoundAndAWeekdayOrAnotherWordIsNot() {
        assertThat(MonthNumbers.monthBeforeNumber("seen March 3")).isTrue();
        assertThat(MonthNumbers.monthBeforeNumber("Jan. 2024")).isTrue();
        assertThat(MonthNumbers.monthBeforeNumber("May, 2025")).isTrue();
        assertThat(MonthNumbers.monthBeforeNumber("on Tuesday, March\t12th")).isTrue();
        assertThat(MonthNumbers.monthBeforeNumber("Monday at 3")).isFalse();
        assertThat(MonthNumbers.monthBeforeNumber("Marching 3")).isFalse();
        assertThat(MonthNumbers.monthBeforeNumber("March")).isFalse();
    }
}
