package org.practicekit.notes.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Shorthand is written out wherever it stands, and a label's colon or a word's slash alone changes nothing. */
class ShorthandGateTest {
    @Test
    void shortFormsBeforeAColonOrASlashAreWrittenOut() {
        assertThat(Shorthand.expand("Plan: call re: meds w/ mom, f/u in 2 wks", false))
                .isEqualTo("Plan: call regarding medications with mom, follow-up in 2 weeks");
        assertThat(Shorthand.expand("pt is 14 y/o", false)).isEqualTo("pt is 14-year-old");
    }

    @Test
    void aLabelOrAnAndOrIsLeftAsTyped() {
        String typed = "Homework: practice breathing and/or journaling daily.";
        assertThat(Shorthand.expand(typed, false)).isEqualTo(typed);
    }
}
