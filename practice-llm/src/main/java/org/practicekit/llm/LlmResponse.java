package org.practicekit.llm;

import java.time.Duration;
import java.util.Objects;

/** A model's answer with its usage, model name, latency and finish reason. */
public final class LlmResponse {
    private final String text;
    private final String model;
    private final int inputTokens;
    private final int outputTokens;
    private final Duration latency;
    private final FinishReason finishReason;
    private final int attempts;

    private LlmResponse(Builder b) {
        this.text = Objects.requireNonNull(b.text, "text == null");
        this.model = Objects.requireNonNull(b.model, "model == null");
        this.inputTokens = b.inputTokens;
        this.outputTokens = b.outputTokens;
        this.latency = Objects.requireNonNull(b.latency, "latency == null");
        this.finishReason = Objects.requireNonNull(b.finishReason, "finishReason == null");
        this.attempts = b.attempts;
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().text(text).model(model).inputTokens(inputTokens).outputTokens(outputTokens)
                .latency(latency).finishReason(finishReason).attempts(attempts);
    }

    /** The answer (JSON text when the request carried a schema). */
    public String text() {
        return text;
    }

    /** The model that answered, as the provider named it. */
    public String model() {
        return model;
    }

    public int inputTokens() {
        return inputTokens;
    }

    public int outputTokens() {
        return outputTokens;
    }

    /** Wall time of the successful attempt, as measured by the SDK. */
    public Duration latency() {
        return latency;
    }

    public FinishReason finishReason() {
        return finishReason;
    }

    /** How many attempts the call took (1 when the first succeeded), as counted by the SDK. */
    public int attempts() {
        return attempts;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof LlmResponse)) {
            return false;
        }
        LlmResponse r = (LlmResponse) o;
        return inputTokens == r.inputTokens && outputTokens == r.outputTokens && text.equals(r.text)
                && model.equals(r.model) && latency.equals(r.latency) && finishReason == r.finishReason
                && attempts == r.attempts;
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, model, inputTokens, outputTokens, latency, finishReason, attempts);
    }

    @Override
    public String toString() {
        return "LlmResponse[" + model + ", " + finishReason + ", " + text.length() + " chars, " + latency.toMillis() + " ms]";
    }

    /** Builds an {@link LlmResponse}. Required: text, model. */
    public static final class Builder {
        private String text;
        private String model;
        private int inputTokens;
        private int outputTokens;
        private Duration latency = Duration.ZERO;
        private FinishReason finishReason = FinishReason.STOP;
        private int attempts = 1;

        private Builder() {
        }

        public Builder attempts(int attempts) {
            this.attempts = attempts;
            return this;
        }

        public Builder text(String text) {
            this.text = Objects.requireNonNull(text, "text == null");
            return this;
        }

        public Builder model(String model) {
            this.model = Objects.requireNonNull(model, "model == null");
            return this;
        }

        public Builder inputTokens(int inputTokens) {
            this.inputTokens = inputTokens;
            return this;
        }

        public Builder outputTokens(int outputTokens) {
            this.outputTokens = outputTokens;
            return this;
        }

        public Builder latency(Duration latency) {
            this.latency = Objects.requireNonNull(latency, "latency == null");
            return this;
        }

        public Builder finishReason(FinishReason finishReason) {
            this.finishReason = Objects.requireNonNull(finishReason, "finishReason == null");
            return this;
        }

        public LlmResponse build() {
            return new LlmResponse(this);
        }
    }
}
