package org.practicekit.llm;

import java.util.Objects;

/** One turn of a conversation with a model. */
public record LlmMessage(Role role, String text) {
    /** Who speaks. The system prompt is a message with role SYSTEM. */
    public enum Role { SYSTEM, USER, ASSISTANT }

    public LlmMessage {
        Objects.requireNonNull(role, "role == null");
        Objects.requireNonNull(text, "text == null");
    }

    public static LlmMessage system(String text) {
        return new LlmMessage(Role.SYSTEM, text);
    }

    public static LlmMessage user(String text) {
        return new LlmMessage(Role.USER, text);
    }

    public static LlmMessage assistant(String text) {
        return new LlmMessage(Role.ASSISTANT, text);
    }

    /** Message text may be PHI: never printed. */
    @Override
    public String toString() {
        return "LlmMessage[" + role + ", " + text.length() + " chars]";
    }
}
