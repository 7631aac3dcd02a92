package org.practicekit.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A scored screening instrument: the item answers, the total and its severity band. A score is a
 * fact for the clinician, never a diagnosis.
 *
 * @param instrument which questionnaire
 * @param itemScores each item's answer, in item order (0-3 for PHQ-9 and GAD-7)
 * @param total the sum of the scored items
 * @param band the severity band name ("minimal", "mild", "moderate", "moderately severe", "severe")
 */
public record ScreeningScore(Instrument instrument, List<Integer> itemScores, int total, String band) {
    /** Screening instruments PracticeKit scores. */
    public enum Instrument {
        PHQ9("PHQ-9", 9, "44261-6"),
        GAD7("GAD-7", 7, "70274-6");

        private final String display;
        private final int items;
        private final String loinc;

        Instrument(String display, int items, String loinc) {
            this.display = display;
            this.items = items;
            this.loinc = loinc;
        }

        public String display() {
            return display;
        }

        public int items() {
            return items;
        }

        /** LOINC code of the total score. */
        public String loincTotal() {
            return loinc;
        }
    }

    public ScreeningScore {
        Objects.requireNonNull(instrument, "instrument == null");
        Objects.requireNonNull(band, "band == null");
        itemScores = List.copyOf(itemScores);
        if (itemScores.size() != instrument.items()) {
            throw new IllegalArgumentException(instrument.display() + " needs " + instrument.items() + " item scores");
        }
        int sum = 0;
        for (int s : itemScores) {
            if (s < 0 || s > 3) {
                throw new IllegalArgumentException("item scores are 0-3");
            }
            sum += s;
        }
        if (sum != total) {
            throw new IllegalArgumentException("total does not match the item scores");
        }
    }
}
