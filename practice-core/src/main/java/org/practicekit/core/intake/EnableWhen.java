package org.practicekit.core.intake;

import java.util.Objects;

/**
 * Shows an item only when another item's canonical answer equals a value ("show the insurance
 * items when self-pay is false"). An item whose condition does not hold is hidden: answering it is
 * an error, and an answer it had before it was hidden is dropped, never stored.
 *
 * @param itemId the item whose answer decides
 * @param answer the canonical answer that shows the item ("true", a choice code)
 */
public record EnableWhen(String itemId, String answer) {
    public EnableWhen {
        Objects.requireNonNull(itemId, "itemId == null");
        Objects.requireNonNull(answer, "answer == null");
        if (itemId.isBlank()) {
            throw new IllegalArgumentException("itemId is blank");
        }
    }

    /** Shows the item when {@code itemId} was answered {@code answer}. */
    public static EnableWhen answered(String itemId, String answer) {
        return new EnableWhen(itemId, answer);
    }
}
