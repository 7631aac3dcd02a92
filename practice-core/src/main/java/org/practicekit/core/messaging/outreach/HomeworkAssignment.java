package org.practicekit.core.messaging.outreach;

import java.time.LocalDate;
import java.util.Objects;
import org.practicekit.core.Problems;
import org.practicekit.core.model.Client;

/**
 * Between-session work a clinician gave a client (a thought record, a breathing practice). Only a
 * portal link ever leaves the practice: what the exercise is stays in the portal. Check-in
 * reminders go every {@code checkInEveryDays} days from the day after it was assigned through the
 * due date, at the engine's check-in time in the client's zone, until it is completed.
 */
public final class HomeworkAssignment {
    private final String id;
    private final Client client;
    private final LocalDate assignedOn;
    private final LocalDate dueOn;
    private final int checkInEveryDays;
    private final String link;

    private HomeworkAssignment(Builder b) {
        Problems problems = Problems.of("homework assignment");
        problems.requireText(b.id, "id");
        problems.require(b.id == null || b.id.length() <= 80, "id", "must be at most 80 characters");
        problems.require(b.client != null, "client", "is required");
        problems.require(b.assignedOn != null, "assignedOn", "is required");
        problems.require(b.dueOn != null, "dueOn", "is required");
        problems.require(b.assignedOn == null || b.dueOn == null || b.dueOn.isAfter(b.assignedOn), "dueOn",
                "must be after assignedOn");
        problems.require(b.checkInEveryDays >= 1 && b.checkInEveryDays <= 30, "checkInEveryDays", "must be 1 to 30");
        problems.requireText(b.link, "link");
        problems.throwIfAny();
        this.id = b.id;
        this.client = b.client;
        this.assignedOn = b.assignedOn;
        this.dueOn = b.dueOn;
        this.checkInEveryDays = b.checkInEveryDays;
        this.link = b.link;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.client = client;
        b.assignedOn = assignedOn;
        b.dueOn = dueOn;
        b.checkInEveryDays = checkInEveryDays;
        b.link = link;
        return b;
    }

    public String id() {
        return id;
    }

    public Client client() {
        return client;
    }

    /** The client's local date it was given. */
    public LocalDate assignedOn() {
        return assignedOn;
    }

    /** The client's local date it is due (usually the next session). */
    public LocalDate dueOn() {
        return dueOn;
    }

    public int checkInEveryDays() {
        return checkInEveryDays;
    }

    /** The portal link the reminders carry. */
    public String link() {
        return link;
    }

    @Override
    public String toString() {
        return "HomeworkAssignment[" + id + ", " + client.id() + "]";
    }

    /** Builds a {@link HomeworkAssignment}. Required: id, client, assignedOn, dueOn, link. Default: every 2 days. */
    public static final class Builder {
        private String id;
        private Client client;
        private LocalDate assignedOn;
        private LocalDate dueOn;
        private int checkInEveryDays = 2;
        private String link;

        private Builder() {
        }

        public Builder id(String id) {
            this.id = Objects.requireNonNull(id, "id == null");
            return this;
        }

        public Builder client(Client client) {
            this.client = Objects.requireNonNull(client, "client == null");
            return this;
        }

        public Builder assignedOn(LocalDate date) {
            this.assignedOn = Objects.requireNonNull(date, "date == null");
            return this;
        }

        public Builder dueOn(LocalDate date) {
            this.dueOn = Objects.requireNonNull(date, "date == null");
            return this;
        }

        public Builder checkInEveryDays(int days) {
            this.checkInEveryDays = days;
            return this;
        }

        public Builder link(String link) {
            this.link = Objects.requireNonNull(link, "link == null");
            return this;
        }

        /** Validates every field at once. */
        public HomeworkAssignment build() {
            return new HomeworkAssignment(this);
        }
    }
}
