package org.practicekit.notes;

import java.util.Objects;
import org.practicekit.core.PracticeKitException;

/**
 * A drafter could not produce a usable draft (timeout, refusal, invalid answer). Thrown from
 * {@code doDraft}; {@link NoteDrafter#draft} catches it and returns the offline draft with the
 * reason recorded. The reason is PHI-free.
 */
public final class DraftFailedException extends PracticeKitException {
    private static final long serialVersionUID = 1L;

    private final String reason;

    public DraftFailedException(String reason) {
        super("draft failed: " + Objects.requireNonNull(reason, "reason == null"));
        this.reason = reason;
    }

    public DraftFailedException(String reason, Throwable cause) {
        super("draft failed: " + Objects.requireNonNull(reason, "reason == null"), cause);
        this.reason = reason;
    }

    /** Why, without PHI ("model timed out", "answer was not valid JSON"). */
    public String reason() {
        return reason;
    }
}
