package org.practicekit.llm;

import java.util.Objects;

/**
 * Where prompts go, and whether a Business Associate Agreement covers that place. PHI reaches an
 * endpoint without a BAA only after pseudonymization, and never if the detector still finds any.
 *
 * @param name a short name for audit and errors ("openai", "azure-east", "local-ollama")
 * @param baseUrl the base URL, without credentials
 * @param baaCovered true only when the practice has a signed BAA for this endpoint
 */
public record LlmEndpoint(String name, String baseUrl, boolean baaCovered) {
    public LlmEndpoint {
        Objects.requireNonNull(name, "name == null");
        Objects.requireNonNull(baseUrl, "baseUrl == null");
        if (name.isBlank()) {
            throw new IllegalArgumentException("name is blank");
        }
        if (baseUrl.contains("@")) {
            throw new IllegalArgumentException("baseUrl must not carry credentials");
        }
    }

    /** "name (baseUrl)", for error messages. */
    public String describe() {
        return name + " (" + baseUrl + ")";
    }
}
