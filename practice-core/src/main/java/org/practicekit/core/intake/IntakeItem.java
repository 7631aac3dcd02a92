package org.practicekit.core.intake;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.practicekit.core.model.QuestionnaireAnswer.AnswerType;

/**
 * One question of an intake form: its id, the text the client sees, a short label used when the
 * item must be asked for again ("insurance member ID"), its answer type, whether it is required,
 * its choices, its limits and an optional {@link EnableWhen} condition. Immutable.
 *
 * <p>Answers are given as text and validated into a canonical form: dates ISO-8601
 * ({@code 2001-04-09}), integers in decimal, booleans {@code true}/{@code false}, choices by code,
 * phones in E.164, emails as typed (trimmed), addresses as lines separated by newlines: street,
 * city, state, postal code and optionally a country code (default US).
 */
public final class IntakeItem {
    /** Longest free-text answer accepted unless an item says otherwise. */
    public static final int DEFAULT_MAX_LENGTH = 2000;

    private final String id;
    private final String text;
    private final String label;
    private final AnswerType type;
    private final boolean required;
    private final Map<String, String> choices;
    private final int maxLength;
    private final long min;
    private final long max;
    private final boolean pastDate;
    private final EnableWhen enableWhen;

    private IntakeItem(Builder b) {
        this.id = requireText(b.id, "id");
        this.text = requireText(b.text, "text");
        this.label = b.label == null ? text : requireText(b.label, "label");
        this.type = Objects.requireNonNull(b.type, "type == null");
        this.required = b.required;
        this.choices = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.choices));
        this.maxLength = b.maxLength;
        this.min = b.min;
        this.max = b.max;
        this.pastDate = b.pastDate;
        this.enableWhen = b.enableWhen;
        if (!id.matches("[a-z0-9][a-z0-9.-]{0,63}")) {
            throw new IllegalArgumentException("item id must be 1-64 lowercase letters, digits, '.' or '-'");
        }
        if (type == AnswerType.CHOICE && choices.isEmpty()) {
            throw new IllegalArgumentException("choice item " + id + " has no choices");
        }
        if (maxLength < 1 || min > max) {
            throw new IllegalArgumentException("item " + id + " has inconsistent limits");
        }
        if (enableWhen != null && enableWhen.itemId().equals(id)) {
            throw new IllegalArgumentException("item " + id + " cannot depend on itself");
        }
    }

    private static String requireText(String s, String name) {
        Objects.requireNonNull(s, name + " == null");
        if (s.isBlank()) {
            throw new IllegalArgumentException(name + " is blank");
        }
        return s;
    }

    /** Starts an item with an id, the question text and an answer type. */
    public static Builder builder(String id, String text, AnswerType type) {
        return new Builder().id(id).text(text).type(type);
    }

    public Builder toBuilder() {
        Builder b = new Builder().id(id).text(text).label(label).type(type).required(required).maxLength(maxLength)
                .range(min, max).pastDate(pastDate);
        b.choices.putAll(choices);
        b.enableWhen = enableWhen;
        return b;
    }

    /** Stable id; answers and follow-ups refer to it. */
    public String id() {
        return id;
    }

    /** The question as the client sees it. */
    public String text() {
        return text;
    }

    /** A short, PHI-free name used when the item is asked for again ("insurance member ID"). */
    public String label() {
        return label;
    }

    public AnswerType type() {
        return type;
    }

    /** Whether the intake is incomplete without an answer (while the item is shown). */
    public boolean required() {
        return required;
    }

    /** Choice codes to their display text, in display order; empty unless the type is CHOICE. */
    public Map<String, String> choices() {
        return choices;
    }

    /** Longest accepted answer, in characters. */
    public int maxLength() {
        return maxLength;
    }

    /** Shortest {@link #maxLength()} that makes a text item a narrative answer. */
    public static final int NARRATIVE_MIN_LENGTH = 200;

    /**
     * True for a text item with room for sentences (a max length of at least
     * {@link #NARRATIVE_MIN_LENGTH}): "what brings you to therapy", "anything else we should know".
     * Its answers get the same crisis triage as a client's message; names, member ids and other
     * short fields do not, since the triage models read sentences, not identifiers.
     */
    public boolean narrative() {
        return type == AnswerType.TEXT && maxLength >= NARRATIVE_MIN_LENGTH;
    }

    /** Smallest accepted integer answer. */
    public long min() {
        return min;
    }

    /** Largest accepted integer answer. */
    public long max() {
        return max;
    }

    /** For dates: whether the date must not be in the future (a birth date). */
    public boolean pastDate() {
        return pastDate;
    }

    /** The condition under which the item is shown; absent when it is always shown. */
    public Optional<EnableWhen> enableWhen() {
        return Optional.ofNullable(enableWhen);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof IntakeItem)) {
            return false;
        }
        IntakeItem i = (IntakeItem) o;
        return id.equals(i.id) && text.equals(i.text) && label.equals(i.label) && type == i.type
                && required == i.required && choices.equals(i.choices) && maxLength == i.maxLength && min == i.min
                && max == i.max && pastDate == i.pastDate && Objects.equals(enableWhen, i.enableWhen);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, text, label, type, required, choices, maxLength, min, max, pastDate, enableWhen);
    }

    @Override
    public String toString() {
        return "IntakeItem[" + id + ", " + type + (required ? ", required" : "") + "]";
    }

    /** Builds an {@link IntakeItem}. Required: id, text, type. Defaults: optional, 2000 characters. */
    public static final class Builder {
        private String id;
        private String text;
        private String label;
        private AnswerType type;
        private boolean required;
        private final Map<String, String> choices = new LinkedHashMap<>();
        private int maxLength = DEFAULT_MAX_LENGTH;
        private long min = Long.MIN_VALUE;
        private long max = Long.MAX_VALUE;
        private boolean pastDate;
        private EnableWhen enableWhen;

        private Builder() {
        }

        public Builder id(String id) {
            this.id = Objects.requireNonNull(id, "id == null");
            return this;
        }

        public Builder text(String text) {
            this.text = Objects.requireNonNull(text, "text == null");
            return this;
        }

        public Builder label(String label) {
            this.label = Objects.requireNonNull(label, "label == null");
            return this;
        }

        public Builder type(AnswerType type) {
            this.type = Objects.requireNonNull(type, "type == null");
            return this;
        }

        public Builder required(boolean required) {
            this.required = required;
            return this;
        }

        /** Marks the item required. */
        public Builder required() {
            return required(true);
        }

        public Builder choice(String code, String display) {
            Objects.requireNonNull(code, "code == null");
            Objects.requireNonNull(display, "display == null");
            choices.put(code, display);
            return this;
        }

        public Builder maxLength(int maxLength) {
            this.maxLength = maxLength;
            return this;
        }

        public Builder range(long min, long max) {
            this.min = min;
            this.max = max;
            return this;
        }

        public Builder pastDate(boolean pastDate) {
            this.pastDate = pastDate;
            return this;
        }

        public Builder enableWhen(EnableWhen enableWhen) {
            this.enableWhen = Objects.requireNonNull(enableWhen, "enableWhen == null");
            return this;
        }

        public IntakeItem build() {
            return new IntakeItem(this);
        }
    }
}
