package org.practicekit.core.intake;

import java.util.Objects;
import java.util.Optional;

/**
 * The answer to a client confirming who they are on an intake link: the case with its saved answers when
 * the second fact matched, otherwise why not and how many tries are left. Immutable.
 */
public final class IdentityConfirmation {
    /** What came of the confirmation. */
    public enum Outcome {
        /** The fact matched: {@link #intakeCase()} holds the saved answers. */
        CONFIRMED,
        /** The fact did not match; {@link #attemptsLeft()} more tries before the link locks. */
        WRONG_ANSWER,
        /** Too many wrong answers: the link opens nothing until staff send a new one; staff were told. */
        LOCKED,
        /** The token opens nothing (unknown, replaced, expired, locked, or the intake is closed). */
        NOT_OPEN,
        /** The case has no fact to confirm (see {@link IntakeLink.IdentityCheck#NONE}); nothing is shown. */
        NOT_AVAILABLE
    }

    private final Outcome outcome;
    private final IntakeCase intakeCase;
    private final int attemptsLeft;

    private IdentityConfirmation(Outcome outcome, IntakeCase intakeCase, int attemptsLeft) {
        this.outcome = outcome;
        this.intakeCase = intakeCase;
        this.attemptsLeft = attemptsLeft;
    }

    static IdentityConfirmation confirmed(IntakeCase c, int attempts) {
        return new IdentityConfirmation(Outcome.CONFIRMED, Objects.requireNonNull(c, "c == null"), attempts);
    }

    static IdentityConfirmation refused(Outcome outcome, int attemptsLeft) {
        return new IdentityConfirmation(outcome, null, attemptsLeft);
    }

    public Outcome outcome() {
        return outcome;
    }

    /** The case with its saved answers, only when {@link Outcome#CONFIRMED}. */
    public Optional<IntakeCase> intakeCase() {
        return Optional.ofNullable(intakeCase);
    }

    /** Tries left before the link locks (0 once locked or not open). */
    public int attemptsLeft() {
        return attemptsLeft;
    }

    @Override
    public String toString() {
        return "IdentityConfirmation[" + outcome + ", " + attemptsLeft + " attempts left]";
    }
}
