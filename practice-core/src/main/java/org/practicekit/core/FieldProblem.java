package org.practicekit.core;

import java.util.Objects;

/**
 * One problem with one input field. {@code path} names the field the way a caller wrote it
 * ({@code "answers[phq9.3]"}, {@code "client.birthDate"}); {@code message} says what is wrong
 * without repeating the value, so it is safe to log.
 */
public record FieldProblem(String path, String message) {
    public FieldProblem {
        Objects.requireNonNull(path, "path == null");
        Objects.requireNonNull(message, "message == null");
        if (path.isBlank()) {
            throw new IllegalArgumentException("path is blank");
        }
    }

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
