package org.practicekit.core.messaging.outreach;

import java.time.LocalDate;
import java.util.Objects;
import org.practicekit.core.Problems;
import org.practicekit.core.model.Client;

/**
 * A between-session check-in form (mood, sleep, the week's practice) sent on a date at the check-in
 * time in the client's zone, with one reminder {@code remindAfterDays} later unless it was
 * completed. The form lives in the portal; the message carries the link only.
 */
public final class CheckInForm {
    private final String id;
    private final Client client;
    private final LocalDate sendOn;
    private final int remindAfterDays;
    private final String link;

    private CheckInForm(Builder b) {
        Problems problems = Problems.of("check-in form");
        problems.requireText(b.id, "id");
        problems.require(b.id == null || b.id.length() <= 80, "id", "must be at most 80 characters");
        problems.require(b.client != null, "client", "is required");
        problems.require(b.sendOn != null, "sendOn", "is required");
        problems.require(b.remindAfterDays >= 1 && b.remindAfterDays <= 14, "remindAfterDays", "must be 1 to 14");
        problems.requireText(b.link, "link");
        problems.throwIfAny();
        this.id = b.id;
        this.client = b.client;
        this.sendOn = b.sendOn;
        this.remindAfterDays = b.remindAfterDays;
        this.link = b.link;
    }

    public static Builder builder() {
        return new Builder();
    }

    public String id() {
        return id;
    }

    public Client client() {
        return client;
    }

    public LocalDate sendOn() {
        return sendOn;
    }

    public int remindAfterDays() {
        return remindAfterDays;
    }

    public String link() {
        return link;
    }

    @Override
    public String toString() {
        return "CheckInForm[" + id + ", " + client.id() + "]";
    }

    /** Builds a {@link CheckInForm}. Required: id, client, sendOn, link. Default: remind after 1 day. */
    public static final class Builder {
        private String id;
        private Client client;
        private LocalDate sendOn;
        private int remindAfterDays = 1;
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

        public Builder sendOn(LocalDate date) {
            this.sendOn = Objects.requireNonNull(date, "date == null");
            return this;
        }

        public Builder remindAfterDays(int days) {
            this.remindAfterDays = days;
            return this;
        }

        public Builder link(String link) {
            this.link = Objects.requireNonNull(link, "link == null");
            return this;
        }

        /** Validates every field at once. */
        public CheckInForm build() {
            return new CheckInForm(this);
        }
    }
}
