package org.practicekit.core.intake;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a client sends from the intake forms: answers as text by item id, consent signatures, and
 * whether this is the final submit or a save of progress. Answers merge with what the case already
 * holds. Nothing is checked here: {@link IntakePacket#review} checks everything at once so the
 * client sees every problem. Immutable.
 */
public final class IntakeSubmission {
    private final Map<String, String> answers;
    private final List<ConsentSignature> consents;
    private final boolean saveOnly;

    private IntakeSubmission(Builder b) {
        this.answers = Collections.unmodifiableMap(new LinkedHashMap<>(b.answers));
        this.consents = List.copyOf(b.consents);
        this.saveOnly = b.saveOnly;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder().saveOnly(saveOnly);
        b.answers.putAll(answers);
        b.consents.addAll(consents);
        return b;
    }

    /** Raw answers by item id, in the order given. */
    public Map<String, String> answers() {
        return answers;
    }

    public List<ConsentSignature> consents() {
        return consents;
    }

    /**
     * True for a save of progress: merged and stored, but missing items are not asked for yet. False
     * (the default) for the client's submit, after which missing items are requested in one message.
     */
    public boolean saveOnly() {
        return saveOnly;
    }

    /** Answers are PHI: only their count is shown. */
    @Override
    public String toString() {
        return "IntakeSubmission[" + answers.size() + " answers, " + consents.size() + " consents"
                + (saveOnly ? ", save only" : "") + "]";
    }

    /** Builds an {@link IntakeSubmission}. */
    public static final class Builder {
        private final Map<String, String> answers = new LinkedHashMap<>();
        private final List<ConsentSignature> consents = new ArrayList<>();
        private boolean saveOnly;

        private Builder() {
        }

        /** One answer; a later answer to the same item replaces an earlier one. */
        public Builder answer(String itemId, String value) {
            Objects.requireNonNull(itemId, "itemId == null");
            Objects.requireNonNull(value, "value == null");
            answers.put(itemId, value);
            return this;
        }

        public Builder answers(Map<String, String> answers) {
            answers.forEach(this::answer);
            return this;
        }

        public Builder consent(ConsentSignature consent) {
            consents.add(Objects.requireNonNull(consent, "consent == null"));
            return this;
        }

        public Builder saveOnly(boolean saveOnly) {
            this.saveOnly = saveOnly;
            return this;
        }

        public IntakeSubmission build() {
            return new IntakeSubmission(this);
        }
    }
}
