package org.practicekit.core.messaging.outreach;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.practicekit.core.NonRetriableException;
import org.practicekit.core.Problems;
import org.practicekit.core.ValidationException;
import org.practicekit.core.VersionConflictException;
import org.practicekit.core.model.AppointmentId;
import org.practicekit.core.model.Client;
import org.practicekit.core.model.ClientId;
import org.practicekit.core.model.ContactPoint;
import org.practicekit.core.spi.Escalation;
import org.practicekit.core.spi.HumanEscalation;
import org.practicekit.core.spi.MessageChannel;
import org.practicekit.core.spi.OutboundMessage;
import org.practicekit.core.spi.StoredRecord;
import org.practicekit.core.spi.WorkflowStore;
import org.practicekit.core.store.StoredFields;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Between-session follow-ups: homework check-in reminders, check-in forms with one reminder, and a
 * follow-up after a missed appointment (plus a task for staff). Each follow-up is planned when it is
 * created, kept in the {@link WorkflowStore}, and sent by {@link #due(Instant)}:
 * <ul>
 *   <li>one message per planned occurrence, with a deterministic idempotency key, so a restart (a new
 *       engine over the same store) neither repeats nor loses one;</li>
 *   <li>when several messages of one kind fell due while the host was down, only the latest goes;</li>
 *   <li>a completed follow-up sends nothing more;</li>
 *   <li>the contact point honours the client's preference and opt-outs; wording comes from the
 *       practice's {@link MessageTemplates}, in the client's language.</li>
 * </ul>
 * Give it a {@link ClientOutreach} as its channel to get quiet hours, retries and the
 * minimum-necessary check. Appointment and intake reminders belong to the scheduling and intake
 * engines. Thread-safe; no threads of its own.
 */
public final class ClientFollowUps {
    static final String KIND = "follow-up";
    private static final Logger LOG = LoggerFactory.getLogger(ClientFollowUps.class);

    private enum State { PLANNED, SENT, SKIPPED_STALE, UNREACHABLE, CANCELLED }

    private final WorkflowStore store;
    private final MessageChannel channel;
    private final Clock clock;
    private final MessageTemplates templates;
    private final ContactPreferences preferences;
    private final HumanEscalation escalation;
    private final LocalTime checkInTime;
    private final Duration noShowDelay;

    private ClientFollowUps(Builder b) {
        this.store = b.store;
        this.channel = b.channel;
        this.clock = b.clock;
        this.templates = b.templates;
        this.escalation = b.escalation;
        this.preferences = b.preferences != null ? b.preferences : new ContactPreferences(store);
        this.checkInTime = b.checkInTime;
        this.noShowDelay = b.noShowDelay;
    }

    /** Required: store, channel, clock, templates, escalation. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Plans check-in reminders for a homework assignment. Assigning the same id again changes nothing
     * (returns false).
     */
    public boolean assignHomework(HomeworkAssignment a) {
        Objects.requireNonNull(a, "assignment == null");
        List<Instant> times = new ArrayList<>();
        for (LocalDate d = a.assignedOn().plusDays(a.checkInEveryDays()); !d.isAfter(a.dueOn());
                d = d.plusDays(a.checkInEveryDays())) {
            times.add(at(d, a.client().zone()));
        }
        List<String> purposes = new ArrayList<>();
        times.forEach(t -> purposes.add(MessageTemplates.HOMEWORK_CHECK_IN));
        return plan("homework:" + a.id(), a.client(), a.link(), times, purposes);
    }

    /** The client did the homework: no more reminders. False if it was unknown or already closed. */
    public boolean completeHomework(String assignmentId) {
        return close("homework:" + assignmentId);
    }

    /** Plans a check-in form and its reminder. Scheduling the same id again changes nothing (returns false). */
    public boolean scheduleCheckIn(CheckInForm form) {
        Objects.requireNonNull(form, "form == null");
        ZoneId zone = form.client().zone();
        return plan("checkin:" + form.id(), form.client(), form.link(),
                List.of(at(form.sendOn(), zone), at(form.sendOn().plusDays(form.remindAfterDays()), zone)),
                List.of(MessageTemplates.CHECK_IN_FORM, MessageTemplates.CHECK_IN_REMINDER));
    }

    /** The client submitted the check-in form: the reminder is not sent. */
    public boolean completeCheckIn(String formId) {
        return close("checkin:" + formId);
    }

    /**
     * A client missed an appointment: staff get a task now (a person decides whether to call), and
     * the client gets the practice's no-show message after the configured delay. Recording the same
     * appointment again changes nothing (returns false).
     */
    public boolean recordNoShow(AppointmentId appointment, Client client, Instant missedAt) {
        Objects.requireNonNull(appointment, "appointment == null");
        Objects.requireNonNull(missedAt, "missedAt == null");
        String id = "noshow:" + appointment.value();
        boolean planned = plan(id, client, "", List.of(missedAt.plus(noShowDelay)),
                List.of(MessageTemplates.NO_SHOW_FOLLOW_UP));
        escalation.escalate(Escalation.builder().idempotencyKey("no-show:" + appointment.value()).clientId(client.id())
                .urgency(Escalation.Urgency.SAME_DAY).category("messaging.no-show")
                .summary("Client " + client.id() + " missed appointment " + appointment.value()
                        + ". A follow-up message is planned; decide whether someone should call.")
                .raisedAt(clock.instant()).build());
        return planned;
    }

    /** The client replied or rebooked after a no-show: the follow-up message is not sent. */
    public boolean cancelNoShowFollowUp(AppointmentId appointment) {
        return close("noshow:" + appointment.value());
    }

    /** The preferences used to choose a contact point. */
    public ContactPreferences preferences() {
        return preferences;
    }

    /** Sends every planned message that is due at {@code now}; see the class comment. */
    public List<FollowUpSent> due(Instant now) {
        Objects.requireNonNull(now, "now == null");
        List<FollowUpSent> out = new ArrayList<>();
        for (StoredRecord r : store.list(KIND)) {
            StoredFields f = StoredFields.decode(r.payload());
            if (!f.requireBoolean("open")) {
                continue;
            }
            try {
                out.addAll(dueOne(r, f, now));
            } catch (VersionConflictException e) {
                // Another instance handled it; any message it sent carries the same key.
            } catch (RuntimeException e) {
                LOG.warn("follow-up {} could not be processed: {}", r.id(), e.getClass().getName());
            }
        }
        return out;
    }

    private List<FollowUpSent> dueOne(StoredRecord r, StoredFields f, Instant now) {
        int n = (int) f.requireLong("occ.size");
        ClientId client = ClientId.of(f.require("client"));
        Map<String, Integer> latestDue = new HashMap<>();
        for (int i = 0; i < n; i++) {
            if (state(f, i) == State.PLANNED && !Instant.parse(f.require("occ." + i + ".at")).isAfter(now)) {
                latestDue.put(f.require("occ." + i + ".purpose"), i);
            }
        }
        if (latestDue.isEmpty()) {
            return List.of();
        }
        List<FollowUpSent> out = new ArrayList<>();
        boolean changed = false;
        for (int i = 0; i < n; i++) {
            String purpose = f.require("occ." + i + ".purpose");
            Integer latest = latestDue.get(purpose);
            if (latest == null || state(f, i) != State.PLANNED || i > latest) {
                continue;
            }
            if (i < latest) {
                f.put("occ." + i + ".state", State.SKIPPED_STALE.name());
                out.add(new FollowUpSent(r.id(), client, purpose, i, FollowUpSent.Status.SKIPPED_STALE));
                changed = true;
                continue;
            }
            Optional<State> sent = send(r.id(), f, i, client, purpose);
            if (sent.isPresent()) {
                f.put("occ." + i + ".state", sent.get().name());
                out.add(new FollowUpSent(r.id(), client, purpose, i, sent.get() == State.SENT
                        ? FollowUpSent.Status.SENT : FollowUpSent.Status.UNREACHABLE));
                changed = true;
            }
        }
        if (changed) {
            boolean open = false;
            for (int i = 0; i < n; i++) {
                open |= state(f, i) == State.PLANNED;
            }
            f.put("open", open);
            store.update(KIND, r.id(), r.version(), f.encode());
        }
        return out;
    }

    /** SENT, UNREACHABLE, or empty when the channel failed for now and the next pass should try again. */
    private Optional<State> send(String followUpId, StoredFields f, int i, ClientId client, String purpose) {
        List<ContactPoint> contacts = new ArrayList<>();
        for (String c : f.getList("contacts")) {
            int colon = c.indexOf(':');
            contacts.add(new ContactPoint(ContactPoint.Kind.valueOf(c.substring(0, colon)), c.substring(colon + 1)));
        }
        Optional<ContactPoint> to = preferences.choose(client, contacts);
        Optional<String> body = templates.render(purpose, f.require("language"), f.require("link"));
        if (to.isEmpty() || body.isEmpty()) {
            return Optional.of(State.UNREACHABLE);
        }
        String text = body.get() + " " + templates.optOutLine(f.require("language"), to.get().kind());
        OutboundMessage.Builder m = OutboundMessage.builder().idempotencyKey("followup:" + followUpId + ":" + i)
                .clientId(client).to(to.get()).body(text).purpose(purpose);
        if (to.get().kind() == ContactPoint.Kind.EMAIL) {
            m.subject(templates.subject());
        }
        try {
            channel.send(m.build());
            return Optional.of(State.SENT);
        } catch (NonRetriableException | ValidationException e) {
            LOG.info("follow-up {} occurrence {} not deliverable: {}", followUpId, i, e.getClass().getSimpleName());
            return Optional.of(State.UNREACHABLE);
        } catch (RuntimeException e) {
            LOG.warn("follow-up {} occurrence {} failed for now: {}", followUpId, i, e.getClass().getName());
            return Optional.empty();
        }
    }

    private static State state(StoredFields f, int i) {
        return State.valueOf(f.require("occ." + i + ".state"));
    }

    private Instant at(LocalDate day, ZoneId zone) {
        return ZonedDateTime.of(day, checkInTime, zone).toInstant();
    }

    private boolean plan(String id, Client client, String link, List<Instant> times, List<String> purposes) {
        Objects.requireNonNull(client, "client == null");
        StoredFields f = StoredFields.create().put("client", client.id().value()).put("language", client.language())
                .put("zone", client.zone().getId()).put("link", link).put("open", !times.isEmpty())
                .put("createdAt", clock.instant().toString());
        List<String> contacts = new ArrayList<>();
        client.contacts().forEach(c -> contacts.add(c.kind().name() + ":" + c.value()));
        f.putList("contacts", contacts);
        f.put("occ.size", times.size());
        for (int i = 0; i < times.size(); i++) {
            f.put("occ." + i + ".at", times.get(i).toString()).put("occ." + i + ".purpose", purposes.get(i))
                    .put("occ." + i + ".state", State.PLANNED.name());
        }
        try {
            store.insert(KIND, id, f.encode());
            return true;
        } catch (VersionConflictException e) {
            return false;
        }
    }

    private boolean close(String id) {
        for (int attempt = 0; attempt < 5; attempt++) {
            Optional<StoredRecord> r = store.read(KIND, id);
            if (r.isEmpty()) {
                return false;
            }
            StoredFields f = StoredFields.decode(r.get().payload());
            if (!f.requireBoolean("open")) {
                return false;
            }
            int n = (int) f.requireLong("occ.size");
            for (int i = 0; i < n; i++) {
                if (state(f, i) == State.PLANNED) {
                    f.put("occ." + i + ".state", State.CANCELLED.name());
                }
            }
            f.put("open", false).put("closedAt", clock.instant().toString());
            try {
                store.update(KIND, id, r.get().version(), f.encode());
                return true;
            } catch (VersionConflictException e) {
                // re-read and apply again
            }
        }
        throw new VersionConflictException(KIND, id, -1);
    }

    /** Builds {@link ClientFollowUps}. */
    public static final class Builder {
        private WorkflowStore store;
        private MessageChannel channel;
        private Clock clock;
        private MessageTemplates templates;
        private HumanEscalation escalation;
        private ContactPreferences preferences;
        private LocalTime checkInTime = LocalTime.of(10, 0);
        private Duration noShowDelay = Duration.ofHours(1);

        private Builder() {
        }

        public Builder store(WorkflowStore store) {
            this.store = Objects.requireNonNull(store, "store == null");
            return this;
        }

        /** Usually a {@link ClientOutreach}, for quiet hours, retries and the content check. */
        public Builder channel(MessageChannel channel) {
            this.channel = Objects.requireNonNull(channel, "channel == null");
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock == null");
            return this;
        }

        public Builder templates(MessageTemplates templates) {
            this.templates = Objects.requireNonNull(templates, "templates == null");
            return this;
        }

        /** Staff get a task for every no-show. */
        public Builder escalation(HumanEscalation escalation) {
            this.escalation = Objects.requireNonNull(escalation, "escalation == null");
            return this;
        }

        /** Defaults to preferences kept in the same store. */
        public Builder preferences(ContactPreferences preferences) {
            this.preferences = Objects.requireNonNull(preferences, "preferences == null");
            return this;
        }

        /** Local time of day, in each client's zone, homework and check-in messages go out. Default 10:00. */
        public Builder checkInTime(LocalTime time) {
            this.checkInTime = Objects.requireNonNull(time, "time == null");
            return this;
        }

        /** How long after a missed appointment the client hears from the practice. Default one hour. */
        public Builder noShowDelay(Duration delay) {
            Objects.requireNonNull(delay, "delay == null");
            if (delay.isNegative()) {
                throw new IllegalArgumentException("delay must not be negative");
            }
            this.noShowDelay = delay;
            return this;
        }

        /**
         * Builds the follow-ups.
         *
         * @throws ValidationException naming every missing part at once
         */
        public ClientFollowUps build() {
            Problems p = Problems.of("client follow-ups");
            p.require(store != null, "store", "is required");
            p.require(channel != null, "channel", "is required");
            p.require(clock != null, "clock", "is required");
            p.require(templates != null, "templates", "is required");
            p.require(escalation != null, "escalation", "is required");
            p.throwIfAny();
            return new ClientFollowUps(this);
        }
    }
}
