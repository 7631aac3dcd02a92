package org.practicekit.core.eligibility;

/**
 * Keeps the first failure of a {@code due(now)} pass and adds later ones to it as suppressed, so one
 * client's failure (a pager that is down) never hides another's and never holds up the rest.
 */
final class FirstFailure {
    private RuntimeException first;

    void add(RuntimeException e) {
        if (first == null) {
            first = e;
        } else if (e != first) {
            first.addSuppressed(e);
        }
    }

    /** Throws the first failure, if there was one. */
    void rethrow() {
        if (first != null) {
            throw first;
        }
    }
}
