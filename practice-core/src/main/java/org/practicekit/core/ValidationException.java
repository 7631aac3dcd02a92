package org.practicekit.core;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The input was invalid. Carries every problem found, not just the first, so a form can show them
 * all at once. Thrown before anything is stored or sent: a rejected input leaves no partial state.
 */
public final class ValidationException extends PracticeKitException {
    private static final long serialVersionUID = 1L;

    private final List<FieldProblem> problems;

    public ValidationException(String subject, List<FieldProblem> problems) {
        super(message(subject, problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a ValidationException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    private static String message(String subject, List<FieldProblem> problems) {
        Objects.requireNonNull(subject, "subject == null");
        Objects.requireNonNull(problems, "problems == null");
        return "invalid " + subject + " (" + problems.size() + (problems.size() == 1 ? " problem" : " problems")
                + "): " + problems.stream().map(FieldProblem::toString).collect(Collectors.joining("; "));
    }

    /** Every problem found, in the order the fields were checked. Never empty. */
    public List<FieldProblem> problems() {
        return problems;
    }

    /** True when some problem names exactly this field path. */
    public boolean hasProblemAt(String path) {
        return problems.stream().anyMatch(p -> p.path().equals(path));
    }
}
