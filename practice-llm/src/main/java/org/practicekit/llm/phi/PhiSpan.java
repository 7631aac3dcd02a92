package org.practicekit.llm.phi;

import java.util.Objects;

/**
 * One piece of PHI in a text: Java string offsets (UTF-16 code units, {@code end} exclusive), the
 * category (one of {@link PhiCategory}, or a detector's own name for categories it adds) and a
 * confidence in [0, 1]. The toString shows offsets and type only, never the text.
 *
 * @param start first char of the span
 * @param end one past the last char
 * @param type the PHI category, e.g. {@link PhiCategory#PERSON}
 * @param score confidence in [0, 1]
 */
public record PhiSpan(int start, int end, String type, double score) {
    public PhiSpan {
        Objects.requireNonNull(type, "type == null");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("span must satisfy 0 <= start < end, was " + start + ".." + end);
        }
        if (type.isBlank()) {
            throw new IllegalArgumentException("type is blank");
        }
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("score must be in [0, 1], was " + score);
        }
    }

    /** Number of chars covered. */
    public int length() {
        return end - start;
    }

    /** True when this span and {@code other} share at least one char. */
    public boolean overlaps(PhiSpan other) {
        return start < other.end && other.start < end;
    }

    /** The covered text of {@code source}; PHI, so never log the result. */
    public String textOf(String source) {
        return source.substring(start, end);
    }
}
