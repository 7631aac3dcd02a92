package org.practicekit.core.messaging.outreach;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The carrier keywords a client texts to stop or resume messages. A keyword counts only when it is
 * the whole message ("STOP", "stop.", "Cancelar"), so "please stop sending forms to my old email"
 * reaches a person instead.
 */
public enum ContactKeyword {
    /** STOP, STOPALL, UNSUBSCRIBE, END, QUIT, CANCELAR, ALTO, PARAR: honoured at once. */
    STOP,
    /** START, UNSTOP, SUBSCRIBE, RESUME, YES, INICIAR, COMENZAR: messages resume. */
    START;

    private static final Set<String> STOP_WORDS = Set.of("stop", "stopall", "stop all", "unsubscribe", "end", "quit",
            "cancelar", "alto", "parar", "baja");
    private static final Set<String> START_WORDS = Set.of("start", "unstop", "subscribe", "resume", "yes", "iniciar",
            "comenzar");

    /** The keyword {@code text} is, if it is one. */
    public static Optional<ContactKeyword> of(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\p{Punct}\\s]+$", "").replaceAll("^[\\p{Punct}\\s]+", "");
        if (STOP_WORDS.contains(t)) {
            return Optional.of(STOP);
        }
        if (START_WORDS.contains(t)) {
            return Optional.of(START);
        }
        return Optional.empty();
    }
}
