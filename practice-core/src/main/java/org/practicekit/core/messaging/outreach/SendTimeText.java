package org.practicekit.core.messaging.outreach;

import java.util.regex.Pattern;
import org.practicekit.core.spi.OutboundMessage;

/**
 * Text {@link ClientOutreach} writes into a message only as it hands it to the channel, in memory, so the
 * stored copy of a message held for quiet hours or waiting for a retry never holds it: an intake link's
 * token, which a stored copy would keep usable for hours. The sending engine writes a
 * {@linkplain #placeholder placeholder} into the body and registers the text under its name with
 * {@link ClientOutreach#fillAtSend}.
 *
 * <p>Implementations are thread-safe and deterministic: the same stored message renders the same text on
 * every attempt, so a retry reads exactly as the first try and the channel's idempotency key still holds.
 */
@FunctionalInterface
public interface SendTimeText {
    /** A placeholder: {@code {{name:argument}}}, name and argument free of secrets and of braces. */
    Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-z][a-z0-9-]{0,31}):([A-Za-z0-9._-]{1,128})}}");

    /**
     * The text that replaces a placeholder of this name in {@code message}, the stored copy (placeholders
     * still in). Throw when {@code argument} does not belong to the message: the message is then retried and,
     * failing that, handed to staff, but never sent with the placeholder or someone else's text.
     */
    String render(OutboundMessage message, String argument);

    /**
     * The placeholder for {@code name} and {@code argument}.
     *
     * @throws IllegalArgumentException when either would not read back as one placeholder
     */
    static String placeholder(String name, String argument) {
        String p = "{{" + name + ":" + argument + "}}";
        if (!PLACEHOLDER.matcher(p).matches()) {
            throw new IllegalArgumentException("not a send-time placeholder: name '" + name + "'");
        }
        return p;
    }
}
