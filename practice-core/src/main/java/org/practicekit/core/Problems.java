package org.practicekit.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Collects field problems while an input is checked, then throws one {@link ValidationException}
 * listing all of them. Not thread-safe; use one per validation.
 *
 * <pre>{@code
 * Problems problems = Problems.of("appointment");
 * problems.require(start.isBefore(end), "end", "must be after start");
 * problems.throwIfAny();
 * }</pre>
 */
public final class Problems {
    private final String subject;
    private final List<FieldProblem> found = new ArrayList<>();

    private Problems(String subject) {
        this.subject = Objects.requireNonNull(subject, "subject == null");
    }

    /** Starts collecting problems about {@code subject} (e.g. "intake submission"). */
    public static Problems of(String subject) {
        return new Problems(subject);
    }

    /** Records a problem at {@code path}. */
    public Problems add(String path, String message) {
        found.add(new FieldProblem(path, message));
        return this;
    }

    /** Records a problem at {@code path} unless {@code condition} holds. Returns the condition. */
    public boolean require(boolean condition, String path, String message) {
        if (!condition) {
            add(path, message);
        }
        return condition;
    }

    /** Records a problem when {@code value} is blank. Returns true when the value was present. */
    public boolean requireText(String value, String path) {
        return require(value != null && !value.isBlank(), path, "is required");
    }

    /** Adds every problem of another validation, with a path prefix (e.g. "client."). */
    public Problems addAll(String prefix, List<FieldProblem> problems) {
        for (FieldProblem p : problems) {
            found.add(new FieldProblem(prefix + p.path(), p.message()));
        }
        return this;
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public List<FieldProblem> list() {
        return List.copyOf(found);
    }

    /** Throws a {@link ValidationException} naming every problem found, if any. */
    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new ValidationException(subject, found);
        }
    }
}
