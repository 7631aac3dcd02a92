package org.practicekit.core.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.practicekit.core.model.ScreeningScore.Instrument;

class ScreeningScorerTest {
    @ParameterizedTest
    @CsvSource({"PHQ9,0,minimal", "PHQ9,4,minimal", "PHQ9,5,mild", "PHQ9,9,mild", "PHQ9,10,moderate", "PHQ9,14,moderate",
            "PHQ9,15,moderately severe", "PHQ9,19,moderately severe", "PHQ9,20,severe", "PHQ9,27,severe",
            "GAD7,0,minimal", "GAD7,4,minimal", "GAD7,5,mild", "GAD7,9,mild", "GAD7,10,moderate", "GAD7,14,moderate",
            "GAD7,15,severe", "GAD7,21,severe"})
    void bandsFollowThePublishedCutPoints(Instrument instrument, int total, String band) {
        assertThat(ScreeningScorer.band(instrument, total)).isEqualTo(band);
    }

    @Test
    void scoresSumTheItems() {
        assertThat(ScreeningScorer.score(Instrument.PHQ9, List.of(3, 3, 3, 3, 3, 3, 3, 3, 3)).total()).isEqualTo(27);
        assertThat(ScreeningScorer.score(Instrument.GAD7, Collections.nCopies(7, 1)).band()).isEqualTo("mild");
    }

    @Test
    void outOfRangeAnswersAndWrongCountsAreRejected() {
        assertThatThrownBy(() -> ScreeningScorer.score(Instrument.GAD7, Collections.nCopies(7, 4)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ScreeningScorer.score(Instrument.PHQ9, Collections.nCopies(7, 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ScreeningScorer.band(Instrument.GAD7, 22)).isInstanceOf(IllegalArgumentException.class);
    }
}
