package org.practicekit.llm;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A completion request: the messages, and optionally the model, temperature, token limit, a JSON
 * schema the answer must follow, and a timeout. Immutable; derive variants with {@link #toBuilder()}.
 */
public final class LlmRequest {
    private final List<LlmMessage> messages;
    private final String model;
    private final Double temperature;
    private final int maxTokens;
    private final String jsonSchema;
    private final Duration timeout;

    private LlmRequest(Builder b) {
        this.messages = List.copyOf(b.messages);
        this.model = b.model;
        this.temperature = b.temperature;
        this.maxTokens = b.maxTokens;
        this.jsonSchema = b.jsonSchema;
        this.timeout = Objects.requireNonNull(b.timeout, "timeout == null");
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.messages.addAll(messages);
        b.model = model;
        b.temperature = temperature;
        b.maxTokens = maxTokens;
        b.jsonSchema = jsonSchema;
        b.timeout = timeout;
        return b;
    }

    public List<LlmMessage> messages() {
        return messages;
    }

    /** The model to use; absent means the adapter's configured default. */
    public Optional<String> model() {
        return Optional.ofNullable(model);
    }

    /** Sampling temperature; absent means the provider's default (some models reject any value). */
    public Optional<Double> temperature() {
        return Optional.ofNullable(temperature);
    }

    public int maxTokens() {
        return maxTokens;
    }

    /** A JSON Schema the response must satisfy; when present the response text is JSON. */
    public Optional<String> jsonSchema() {
        return Optional.ofNullable(jsonSchema);
    }

    /** Wall-time limit for one attempt. */
    public Duration timeout() {
        return timeout;
    }

    /** A copy with every message text replaced (used by the PHI guard; the rest is kept). */
    public LlmRequest withMessages(List<LlmMessage> replaced) {
        Builder b = toBuilder();
        b.messages.clear();
        replaced.forEach(b::addMessage);
        return b.build();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof LlmRequest)) {
            return false;
        }
        LlmRequest r = (LlmRequest) o;
        return maxTokens == r.maxTokens && messages.equals(r.messages) && Objects.equals(model, r.model)
                && Objects.equals(temperature, r.temperature) && Objects.equals(jsonSchema, r.jsonSchema)
                && timeout.equals(r.timeout);
    }

    @Override
    public int hashCode() {
        return Objects.hash(messages, model, temperature, maxTokens, jsonSchema, timeout);
    }

    @Override
    public String toString() {
        return "LlmRequest[" + messages.size() + " messages, model=" + model + ", json=" + (jsonSchema != null) + "]";
    }

    /** Builds an {@link LlmRequest}. Defaults: maxTokens 1024, timeout 60 s. */
    public static final class Builder {
        private final List<LlmMessage> messages = new ArrayList<>();
        private String model;
        private Double temperature;
        private int maxTokens = 1024;
        private String jsonSchema;
        private Duration timeout = Duration.ofSeconds(60);

        private Builder() {
        }

        public Builder addMessage(LlmMessage message) {
            messages.add(Objects.requireNonNull(message, "message == null"));
            return this;
        }

        public Builder system(String text) {
            return addMessage(LlmMessage.system(text));
        }

        public Builder user(String text) {
            return addMessage(LlmMessage.user(text));
        }

        public Builder model(String model) {
            this.model = Objects.requireNonNull(model, "model == null");
            return this;
        }

        public Builder temperature(double temperature) {
            this.temperature = temperature;
            return this;
        }

        public Builder maxTokens(int maxTokens) {
            this.maxTokens = maxTokens;
            return this;
        }

        public Builder jsonSchema(String jsonSchema) {
            this.jsonSchema = Objects.requireNonNull(jsonSchema, "jsonSchema == null");
            return this;
        }

        public Builder timeout(Duration timeout) {
            this.timeout = Objects.requireNonNull(timeout, "timeout == null");
            return this;
        }

        public LlmRequest build() {
            return new LlmRequest(this);
        }
    }
}
