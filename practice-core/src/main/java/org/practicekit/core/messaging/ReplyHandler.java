package org.practicekit.core.messaging;

import java.util.Optional;

/**
 * Turns a client's answer to something PracticeKit asked by text ("Reply YES to take it", "Reply with
 * the number", "Reply C to confirm") into the action it names. The {@link ClientMessageDesk} calls it
 * only after risk triage found nothing for a person, and before STOP/START keywords, so a YES to an
 * open offer is never taken for an opt-in.
 *
 * <p>Contract: matches the message to a question the same client holds, asked at the contact point the
 * message came from and still open when it was received; applies it and answers the client. Empty when
 * the message answers no open question (the desk then routes it as usual). Throws when it matched a
 * question but the action was refused (the offer moved on, the time was taken): the desk then hands the
 * message to staff. Idempotent on the message; thread-safe; never logs the text.
 */
@FunctionalInterface
public interface ReplyHandler {
    /** The action the reply was turned into, or empty when it answers no open question. */
    Optional<AppliedReply> apply(ClientMessage message);
}
