package org.practicekit.core.messaging;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.practicekit.core.Problems;
import org.practicekit.core.model.ClientId;
import org.practicekit.core.model.ContactPoint;

/**
 * A free-text message a client sent the practice (SMS, email, portal). The text is PHI: it is
 * read by the risk classifier and by staff, never logged or audited, and {@link #toString()} leaves
 * it out.
 */
public final class ClientMessage {
    private final String id;
    private final ClientId clientId;
    private final String text;
    private final Instant receivedAt;
    private final ContactPoint from;

    private ClientMessage(Builder b) {
        Problems problems = Problems.of("client message");
        problems.requireText(b.id, "id");
        problems.require(b.id == null || b.id.length() <= 100, "id", "must be at most 100 characters");
        problems.require(b.clientId != null, "clientId", "is required");
        problems.requireText(b.text, "text");
        problems.require(b.text == null || b.text.length() <= 20_000, "text", "must be at most 20000 characters");
        problems.require(b.receivedAt != null, "receivedAt", "is required");
        problems.throwIfAny();
        this.id = b.id;
        this.clientId = b.clientId;
        this.text = b.text;
        this.receivedAt = b.receivedAt;
        this.from = b.from;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.clientId = clientId;
        b.text = text;
        b.receivedAt = receivedAt;
        b.from = from;
        return b;
    }

    /** The channel's id for the message; escalation and routing are idempotent on it. */
    public String id() {
        return id;
    }

    public ClientId clientId() {
        return clientId;
    }

    /** What the client wrote. PHI. */
    public String text() {
        return text;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    /** Where the message came from, and so where a crisis-resources reply goes; absent when unknown. */
    public Optional<ContactPoint> from() {
        return Optional.ofNullable(from);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ClientMessage)) {
            return false;
        }
        ClientMessage m = (ClientMessage) o;
        return id.equals(m.id) && clientId.equals(m.clientId) && text.equals(m.text) && receivedAt.equals(m.receivedAt)
                && Objects.equals(from, m.from);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, clientId, text, receivedAt, from);
    }

    @Override
    public String toString() {
        return "ClientMessage[" + id + ", " + clientId + "]";
    }

    /** Builds a {@link ClientMessage}. Required: id, clientId, text, receivedAt. */
    public static final class Builder {
        private String id;
        private ClientId clientId;
        private String text;
        private Instant receivedAt;
        private ContactPoint from;

        private Builder() {
        }

        public Builder id(String id) {
            this.id = Objects.requireNonNull(id, "id == null");
            return this;
        }

        public Builder clientId(ClientId clientId) {
            this.clientId = Objects.requireNonNull(clientId, "clientId == null");
            return this;
        }

        public Builder text(String text) {
            this.text = Objects.requireNonNull(text, "text == null");
            return this;
        }

        public Builder receivedAt(Instant receivedAt) {
            this.receivedAt = Objects.requireNonNull(receivedAt, "receivedAt == null");
            return this;
        }

        public Builder from(ContactPoint from) {
            this.from = Objects.requireNonNull(from, "from == null");
            return this;
        }

        /** Validates every field at once. */
        public ClientMessage build() {
            return new ClientMessage(this);
        }
    }
}
