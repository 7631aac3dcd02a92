package org.practicekit.core.scheduling.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.practicekit.core.VersionConflictException;
import org.practicekit.core.model.ClientId;
import org.practicekit.core.model.ContactPoint;
import org.practicekit.core.spi.StoredRecord;
import org.practicekit.core.spi.WorkflowStore;
import org.practicekit.core.store.StoredFields;

/**
 * What the scheduling engines asked a client by text and still wait for an answer to ("Reply C to
 * confirm", "Reply YES to take it", "Reply with the number"), one store record per client. A prompt is
 * written before its message goes out, so a reply that comes back at once finds it. A reply matches a
 * prompt only from the contact point it was sent to and while it is open (sent before the reply, not
 * yet expired or answered). Closed prompts are kept for a week, so a late answer is recognised as one
 * (and goes to a person) instead of being read as something else. Thread-safe; optimistic versions
 * serialize writers.
 */
public final class ReplyPrompts {
    static final String KIND = "sched-prompt";
    private static final int MAX_ATTEMPTS = 100;
    /** How long a closed prompt is remembered, to recognise a late answer to it. */
    public static final java.time.Duration REMEMBERED = java.time.Duration.ofDays(7);

    /** What the client is asked. */
    public enum Kind {
        /** An appointment to confirm (C) or cancel (X). */
        CONFIRM,
        /** A waitlist offer to take (YES) or pass (NO). */
        OFFER,
        /** Reschedule options to pick by number, or NO to keep the time. */
        RESCHEDULE
    }

    /**
     * One open question.
     *
     * @param kind what is asked
     * @param reference the appointment id (CONFIRM) or offer id (OFFER, RESCHEDULE)
     * @param to where the question went; only a reply from there answers it
     * @param sentAt when it was asked
     * @param expiresAt when it stops taking answers
     * @param options how many numbered options it offered (RESCHEDULE), else 0
     * @param answeredBy the id of the client message that answered it, "" while unanswered
     * @param action what that answer did ("accepted", "picked-option-2"), "" while unanswered
     */
    public record Prompt(Kind kind, String reference, ContactPoint to, Instant sentAt, Instant expiresAt, int options,
            String answeredBy, String action) {
        public Prompt {
            Objects.requireNonNull(kind, "kind == null");
            Objects.requireNonNull(reference, "reference == null");
            Objects.requireNonNull(to, "to == null");
            Objects.requireNonNull(sentAt, "sentAt == null");
            Objects.requireNonNull(expiresAt, "expiresAt == null");
            Objects.requireNonNull(answeredBy, "answeredBy == null");
            Objects.requireNonNull(action, "action == null");
        }

        /** A question just asked. */
        public Prompt(Kind kind, String reference, ContactPoint to, Instant sentAt, Instant expiresAt, int options) {
            this(kind, reference, to, sentAt, expiresAt, options, "", "");
        }

        /** True while the prompt takes answers at {@code at}. */
        public boolean openAt(Instant at) {
            return !sentAt.isAfter(at) && at.isBefore(expiresAt);
        }
    }

    private final WorkflowStore store;

    public ReplyPrompts(WorkflowStore store) {
        this.store = Objects.requireNonNull(store, "store == null");
    }

    /**
     * Records a prompt, replacing an earlier one with the same kind and reference; prompts closed more
     * than {@link #REMEMBERED} before {@code now} are dropped.
     */
    public void ask(ClientId client, Prompt prompt, Instant now) {
        change(client, prompts -> {
            List<Prompt> out = new ArrayList<>();
            for (Prompt p : prompts) {
                if (now.minus(REMEMBERED).isBefore(p.expiresAt())
                        && !(p.kind() == prompt.kind() && p.reference().equals(prompt.reference()))) {
                    out.add(p);
                }
            }
            out.add(prompt);
            return out;
        });
    }

    /** Stops a prompt taking answers at {@code now} (it was answered, or its question was settled another way). */
    public void close(ClientId client, Kind kind, String reference, Instant now) {
        change(client, prompts -> prompts.stream().map(p -> p.kind() == kind && p.reference().equals(reference)
                && p.expiresAt().isAfter(now) ? new Prompt(p.kind(), p.reference(), p.to(), p.sentAt(), now, p.options(),
                        p.answeredBy(), p.action()) : p).toList());
    }

    /** Records which message answered a prompt and what it did, so a redelivered message is not applied twice. */
    public void answered(ClientId client, Kind kind, String reference, String messageId, String action, Instant now) {
        change(client, prompts -> prompts.stream().map(p -> p.kind() == kind && p.reference().equals(reference)
                ? new Prompt(p.kind(), p.reference(), p.to(), p.sentAt(), p.expiresAt().isAfter(now) ? now : p.expiresAt(),
                        p.options(), messageId, action) : p).toList());
    }

    /**
     * The client's prompts asked before {@code at} that are still open or closed within {@link #REMEMBERED}
     * of it, latest first: the open ones take an answer, the closed ones recognise a late one.
     */
    public List<Prompt> recentAt(ClientId client, Instant at) {
        List<Prompt> out = new ArrayList<>(read(client).map(r -> decode(r.payload())).orElse(List.of()));
        out.removeIf(p -> p.sentAt().isAfter(at) || !p.expiresAt().isAfter(at.minus(REMEMBERED)));
        out.sort(Comparator.comparing(Prompt::sentAt).reversed());
        return out;
    }

    private Optional<StoredRecord> read(ClientId client) {
        return store.read(KIND, StoreIds.fit(client.value()));
    }

    private void change(ClientId client, UnaryOperator<List<Prompt>> edit) {
        String id = StoreIds.fit(client.value());
        for (int attempt = 1; ; attempt++) {
            Optional<StoredRecord> r = store.read(KIND, id);
            List<Prompt> next = edit.apply(r.map(x -> decode(x.payload())).orElse(List.of()));
            try {
                if (r.isPresent()) {
                    store.update(KIND, id, r.get().version(), encode(next));
                } else {
                    store.insert(KIND, id, encode(next));
                }
                return;
            } catch (VersionConflictException e) {
                if (attempt >= MAX_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private static String encode(List<Prompt> prompts) {
        StoredFields f = StoredFields.create().put("prompts", prompts.size());
        for (int i = 0; i < prompts.size(); i++) {
            Prompt p = prompts.get(i);
            String k = "p" + i + ".";
            f.put(k + "kind", p.kind().name()).put(k + "reference", p.reference()).put(k + "toKind", p.to().kind().name())
                    .put(k + "to", p.to().value()).put(k + "sentAt", p.sentAt().toString())
                    .put(k + "expiresAt", p.expiresAt().toString()).put(k + "options", p.options())
                    .put(k + "answeredBy", p.answeredBy()).put(k + "action", p.action());
        }
        return f.encode();
    }

    private static List<Prompt> decode(String payload) {
        StoredFields f = StoredFields.decode(payload);
        int n = (int) f.requireLong("prompts");
        List<Prompt> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String k = "p" + i + ".";
            out.add(new Prompt(Kind.valueOf(f.require(k + "kind")), f.require(k + "reference"),
                    new ContactPoint(ContactPoint.Kind.valueOf(f.require(k + "toKind")), f.require(k + "to")),
                    Instant.parse(f.require(k + "sentAt")), Instant.parse(f.require(k + "expiresAt")),
                    (int) f.requireLong(k + "options"), f.get(k + "answeredBy").orElse(""), f.get(k + "action").orElse("")));
        }
        return out;
    }
}
