package org.practicekit.core.spi;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.practicekit.core.model.ClientId;

/**
 * Something a person at the practice must see: a risk indicator (now), a stalled intake, an
 * eligibility problem, a failed delivery. The summary is written for staff and may contain
 * clinical detail, so it is never logged.
 */
public final class Escalation {
    /** How fast a person must act. */
    public enum Urgency {
        /** Possible risk to life: a clinician now, by phone if needed. */
        IMMEDIATE,
        /** Today, within business hours. */
        SAME_DAY,
        /** A staff task for the normal queue. */
        ROUTINE
    }

    private final String idempotencyKey;
    private final ClientId clientId;
    private final Urgency urgency;
    private final String category;
    private final String summary;
    private final List<String> details;
    private final Instant raisedAt;

    private Escalation(Builder b) {
        this.idempotencyKey = Objects.requireNonNull(b.idempotencyKey, "idempotencyKey == null");
        this.clientId = b.clientId;
        this.urgency = Objects.requireNonNull(b.urgency, "urgency == null");
        this.category = Objects.requireNonNull(b.category, "category == null");
        this.summary = Objects.requireNonNull(b.summary, "summary == null");
        this.details = List.copyOf(b.details);
        this.raisedAt = Objects.requireNonNull(b.raisedAt, "raisedAt == null");
        if (idempotencyKey.isBlank() || category.isBlank() || summary.isBlank()) {
            throw new IllegalArgumentException("idempotencyKey, category and summary must not be blank");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.idempotencyKey = idempotencyKey;
        b.clientId = clientId;
        b.urgency = urgency;
        b.category = category;
        b.summary = summary;
        b.details.addAll(details);
        b.raisedAt = raisedAt;
        return b;
    }

    /** The same event always has the same key, so escalating twice notifies once. */
    public String idempotencyKey() {
        return idempotencyKey;
    }

    public Optional<ClientId> clientId() {
        return Optional.ofNullable(clientId);
    }

    public Urgency urgency() {
        return urgency;
    }

    /** A stable code for routing ("risk.phq9-item9", "risk.message", "intake.stalled"). */
    public String category() {
        return category;
    }

    /** What happened, for the person who reads it. */
    public String summary() {
        return summary;
    }

    /** Supporting facts (indicators found, steps already taken). */
    public List<String> details() {
        return details;
    }

    public Instant raisedAt() {
        return raisedAt;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Escalation)) {
            return false;
        }
        Escalation e = (Escalation) o;
        return idempotencyKey.equals(e.idempotencyKey) && Objects.equals(clientId, e.clientId) && urgency == e.urgency
                && category.equals(e.category) && summary.equals(e.summary) && details.equals(e.details)
                && raisedAt.equals(e.raisedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(idempotencyKey, clientId, urgency, category, summary, details, raisedAt);
    }

    /** Never includes the summary or details, which may be clinical. */
    @Override
    public String toString() {
        return "Escalation[" + urgency + ", " + category + ", key=" + idempotencyKey + "]";
    }

    /** Builds an {@link Escalation}. Required: idempotencyKey, urgency, category, summary, raisedAt. */
    public static final class Builder {
        private String idempotencyKey;
        private ClientId clientId;
        private Urgency urgency;
        private String category;
        private String summary;
        private final List<String> details = new ArrayList<>();
        private Instant raisedAt;

        private Builder() {
        }

        public Builder idempotencyKey(String idempotencyKey) {
            this.idempotencyKey = Objects.requireNonNull(idempotencyKey, "idempotencyKey == null");
            return this;
        }

        public Builder clientId(ClientId clientId) {
            this.clientId = Objects.requireNonNull(clientId, "clientId == null");
            return this;
        }

        public Builder urgency(Urgency urgency) {
            this.urgency = Objects.requireNonNull(urgency, "urgency == null");
            return this;
        }

        public Builder category(String category) {
            this.category = Objects.requireNonNull(category, "category == null");
            return this;
        }

        public Builder summary(String summary) {
            this.summary = Objects.requireNonNull(summary, "summary == null");
            return this;
        }

        public Builder addDetail(String detail) {
            details.add(Objects.requireNonNull(detail, "detail == null"));
            return this;
        }

        public Builder raisedAt(Instant raisedAt) {
            this.raisedAt = Objects.requireNonNull(raisedAt, "raisedAt == null");
            return this;
        }

        public Escalation build() {
            return new Escalation(this);
        }
    }
}
