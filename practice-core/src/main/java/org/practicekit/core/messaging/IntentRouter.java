package org.practicekit.core.messaging;

import org.practicekit.core.messaging.internal.IntentRules;

/**
 * Decides which queue a message without risk belongs to. It only routes: nothing PracticeKit
 * routes is ever answered automatically. Thread-safe; must not log the text.
 */
@FunctionalInterface
public interface IntentRouter {
    /** The queue for {@code text}; {@link MessageIntent#STAFF} when unsure. */
    MessageIntent intentOf(String text);

    /** Keyword rules in English and basic Spanish, on the same normalized text as the risk rules. */
    static IntentRouter standard() {
        return IntentRules.INSTANCE;
    }
}
