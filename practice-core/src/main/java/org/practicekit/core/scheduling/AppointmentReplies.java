package org.practicekit.core.scheduling;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.practicekit.core.FieldProblem;
import org.practicekit.core.ValidationException;
import org.practicekit.core.messaging.AppliedReply;
import org.practicekit.core.messaging.ClientMessage;
import org.practicekit.core.messaging.ReplyHandler;
import org.practicekit.core.model.AppointmentId;
import org.practicekit.core.model.ClientId;
import org.practicekit.core.scheduling.internal.ReplyPrompts;

/**
 * The scheduling engines' answers to client texts: YES or NO to a waitlist offer, a number (or NO) for
 * reschedule options, C to confirm or X to cancel an appointment. A reply is matched to the question the
 * same client holds, asked at the contact point the reply came from and open when it was received; when
 * the client holds several questions that take the same reply, the latest one is answered. A reply to a
 * question that has closed (a late "yes" after the offer moved on) is refused, so the desk hands it to
 * staff rather than reading it as an opt-in. The engine
 * that owns the question then acts and answers the client (the booking text, "your appointment stays",
 * "you stay on the waitlist"); a cancellation's freed time is offered to the waitlist at once.
 *
 * <p>Give it to {@code ClientMessageDesk.builder().replies(...)}: the desk calls it only after risk
 * triage, so a worrying message always reaches a person first. Thread-safe; never logs the text.
 */
public final class AppointmentReplies implements ReplyHandler {
    private static final Pattern OPTION = Pattern.compile("(?:option\\s*|#)?([1-9])");

    private final AppointmentBook book;
    private final Optional<Waitlist> waitlist;

    private AppointmentReplies(AppointmentBook book, Optional<Waitlist> waitlist) {
        this.book = Objects.requireNonNull(book, "book == null");
        this.waitlist = waitlist;
    }

    /** Replies about appointments and reschedule offers of {@code book}, and offers of {@code waitlist} on it. */
    public static AppointmentReplies of(AppointmentBook book, Waitlist waitlist) {
        return new AppointmentReplies(book, Optional.of(Objects.requireNonNull(waitlist, "waitlist == null")));
    }

    /** Replies about appointments and reschedule offers only (a practice without a waitlist). */
    public static AppointmentReplies of(AppointmentBook book) {
        return new AppointmentReplies(book, Optional.empty());
    }

    /** What a reply says, whatever it answers. */
    private enum Says { YES, NO, CONFIRM, CANCEL, OPTION }

    private record Reply(Says says, int option) {
    }

    @Override
    public Optional<AppliedReply> apply(ClientMessage message) {
        Objects.requireNonNull(message, "message == null");
        Optional<Reply> reply = read(message.text());
        if (reply.isEmpty()) {
            return Optional.empty();
        }
        ClientId client = message.clientId();
        List<ReplyPrompts.Prompt> asked = book.prompts().recentAt(client, message.receivedAt()).stream()
                .filter(p -> message.from().map(from -> from.value().equals(p.to().value())).orElse(true))
                .filter(p -> answers(p, reply.get()))
                .toList();
        Optional<ReplyPrompts.Prompt> before = asked.stream().filter(p -> p.answeredBy().equals(message.id())).findFirst();
        if (before.isPresent()) {
            // The gateway delivered the same message again: it was applied once and is not applied again.
            return Optional.of(new AppliedReply(question(before.get().kind()), before.get().action(),
                    before.get().reference(), true));
        }
        Optional<ReplyPrompts.Prompt> open = asked.stream().filter(p -> p.openAt(message.receivedAt())).findFirst();
        if (open.isPresent()) {
            AppliedReply applied = act(client, open.get(), reply.get());
            book.prompts().answered(client, open.get().kind(), open.get().reference(), message.id(), applied.action(),
                    book.clock().instant());
            return Optional.of(applied);
        }
        if (!asked.isEmpty()) {
            // A late "yes" to an offer that moved on, a number after the options lapsed: a person answers it,
            // and it is never mistaken for a STOP/START keyword or routed as new business.
            throw new ValidationException("client reply", List.of(new FieldProblem("reply",
                    "answers a question that is no longer open")));
        }
        return Optional.empty();
    }

    private boolean answers(ReplyPrompts.Prompt p, Reply r) {
        return switch (p.kind()) {
            case OFFER -> waitlist.isPresent() && (r.says() == Says.YES || r.says() == Says.NO);
            case RESCHEDULE -> r.says() == Says.NO || (r.says() == Says.OPTION && r.option() <= p.options());
            case CONFIRM -> r.says() == Says.CONFIRM || r.says() == Says.CANCEL;
        };
    }

    private static String question(ReplyPrompts.Kind kind) {
        return switch (kind) {
            case OFFER -> "waitlist-offer";
            case RESCHEDULE -> "reschedule";
            case CONFIRM -> "appointment";
        };
    }

    private AppliedReply act(ClientId client, ReplyPrompts.Prompt p, Reply r) {
        String ref = p.reference();
        switch (p.kind()) {
            case OFFER:
                if (r.says() == Says.YES) {
                    waitlist.orElseThrow().accept(ref, client);
                    return AppliedReply.applied(question(p.kind()), "accepted", ref);
                }
                waitlist.orElseThrow().decline(ref, client);
                return AppliedReply.applied(question(p.kind()), "declined", ref);
            case RESCHEDULE:
                if (r.says() == Says.NO) {
                    book.declineReschedule(ref);
                    return AppliedReply.applied(question(p.kind()), "declined", ref);
                }
                book.acceptReschedule(ref, r.option() - 1);
                return AppliedReply.applied(question(p.kind()), "picked-option-" + r.option(), ref);
            default:
                AppointmentId id = AppointmentId.of(ref);
                book.prompts().close(client, ReplyPrompts.Kind.CONFIRM, ref, book.clock().instant());
                if (r.says() == Says.CONFIRM) {
                    book.confirm(id);
                    return AppliedReply.applied(question(p.kind()), "confirmed", ref);
                }
                Cancellation c = book.cancel(id, CancelledBy.CLIENT);
                // The freed time goes straight back out: the waitlist refills it while it is still worth having.
                c.freedSlot().ifPresent(slot -> waitlist.ifPresent(w -> w.slotFreed(slot)));
                return AppliedReply.applied(question(p.kind()), "cancelled", ref);
        }
    }

    /** The reply a text is, if it is one: a whole message of YES, NO, C, X or a number. */
    private static Optional<Reply> read(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT).replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}\\s]+$", "");
        switch (t) {
            case "yes", "y", "yes please", "yeah", "yep", "si", "sí":
                return Optional.of(new Reply(Says.YES, 0));
            case "no", "n", "no thanks", "no thank you", "nope":
                return Optional.of(new Reply(Says.NO, 0));
            case "c", "confirm", "confirmed":
                return Optional.of(new Reply(Says.CONFIRM, 0));
            case "x":
                return Optional.of(new Reply(Says.CANCEL, 0));
            default:
                Matcher m = OPTION.matcher(t);
                return m.matches() ? Optional.of(new Reply(Says.OPTION, Integer.parseInt(m.group(1)))) : Optional.empty();
        }
    }
}
