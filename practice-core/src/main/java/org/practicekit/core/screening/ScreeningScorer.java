package org.practicekit.core.screening;

import java.util.List;
import java.util.Objects;
import org.practicekit.core.model.ScreeningScore;
import org.practicekit.core.model.ScreeningScore.Instrument;

/**
 * Scores PHQ-9 and GAD-7 answers. PHQ-9: nine items 0-3, total 0-27, bands 0-4 minimal, 5-9 mild,
 * 10-14 moderate, 15-19 moderately severe, 20-27 severe (Kroenke, Spitzer and Williams 2001).
 * GAD-7: seven items 0-3, total 0-21, bands 0-4 minimal, 5-9 mild, 10-14 moderate, 15-21 severe
 * (Spitzer et al. 2006). Stateless and thread-safe.
 */
public final class ScreeningScorer {
    /** Index (0-based) of PHQ-9 item 9, the item about thoughts of being better off dead or of self-harm. */
    public static final int PHQ9_ITEM9_INDEX = 8;

    private ScreeningScorer() {
    }

    /**
     * Scores one instrument.
     *
     * @param itemScores each item's answer, in item order
     * @throws IllegalArgumentException when the number of items or a value is out of range
     */
    public static ScreeningScore score(Instrument instrument, List<Integer> itemScores) {
        Objects.requireNonNull(instrument, "instrument == null");
        Objects.requireNonNull(itemScores, "itemScores == null");
        int total = 0;
        for (Integer s : itemScores) {
            if (s == null || s < 0 || s > 3) {
                throw new IllegalArgumentException("item scores are 0-3");
            }
            total += s;
        }
        if (itemScores.size() != instrument.items()) {
            throw new IllegalArgumentException(instrument.display() + " needs " + instrument.items() + " item scores");
        }
        return new ScreeningScore(instrument, itemScores, total, band(instrument, total));
    }

    /** The severity band of a total score. */
    public static String band(Instrument instrument, int total) {
        Objects.requireNonNull(instrument, "instrument == null");
        int max = instrument.items() * 3;
        if (total < 0 || total > max) {
            throw new IllegalArgumentException(instrument.display() + " totals are 0-" + max);
        }
        if (total <= 4) {
            return "minimal";
        }
        if (total <= 9) {
            return "mild";
        }
        if (total <= 14) {
            return "moderate";
        }
        if (instrument == Instrument.PHQ9 && total <= 19) {
            return "moderately severe";
        }
        return "severe";
    }

    /**
     * True when a PHQ-9 item 9 answer is above 0: any such answer needs a clinician's follow-up the
     * same day, whatever the total.
     */
    public static boolean phq9Item9Positive(int item9Answer) {
        return item9Answer > 0;
    }
}
