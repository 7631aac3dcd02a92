package org.practicekit.core.spi;

import java.util.Objects;
import java.util.Optional;
import org.practicekit.core.model.ClientId;
import org.practicekit.core.model.ContactPoint;

/**
 * A message to a client (SMS, email or portal). Carries the minimum necessary: links and times,
 * never a diagnosis or clinical detail. The idempotency key is deterministic for the event that
 * caused the message, so a retry or a restart never sends it twice.
 */
public final class OutboundMessage {
    private final String idempotencyKey;
    private final ClientId clientId;
    private final ContactPoint to;
    private final String subject;
    private final String body;
    private final String purpose;

    private OutboundMessage(Builder b) {
        this.idempotencyKey = requireText(b.idempotencyKey, "idempotencyKey");
        this.clientId = Objects.requireNonNull(b.clientId, "clientId == null");
        this.to = Objects.requireNonNull(b.to, "to == null");
        this.subject = b.subject;
        this.body = requireText(b.body, "body");
        this.purpose = requireText(b.purpose, "purpose");
    }

    private static String requireText(String s, String name) {
        Objects.requireNonNull(s, name + " == null");
        if (s.isBlank()) {
            throw new IllegalArgumentException(name + " is blank");
        }
        return s;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.idempotencyKey = idempotencyKey;
        b.clientId = clientId;
        b.to = to;
        b.subject = subject;
        b.body = body;
        b.purpose = purpose;
        return b;
    }

    /** Same key, same message: channels deliver a key at most once. */
    public String idempotencyKey() {
        return idempotencyKey;
    }

    public ClientId clientId() {
        return clientId;
    }

    public ContactPoint to() {
        return to;
    }

    /** Email subject line; absent for SMS. */
    public Optional<String> subject() {
        return Optional.ofNullable(subject);
    }

    public String body() {
        return body;
    }

    /** Why it was sent, as a stable code ("intake.packet", "intake.reminder", "appointment.reminder"). */
    public String purpose() {
        return purpose;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof OutboundMessage)) {
            return false;
        }
        OutboundMessage m = (OutboundMessage) o;
        return idempotencyKey.equals(m.idempotencyKey) && clientId.equals(m.clientId) && to.equals(m.to)
                && Objects.equals(subject, m.subject) && body.equals(m.body) && purpose.equals(m.purpose);
    }

    @Override
    public int hashCode() {
        return Objects.hash(idempotencyKey, clientId, to, subject, body, purpose);
    }

    @Override
    public String toString() {
        return "OutboundMessage[" + purpose + ", " + clientId + ", key=" + idempotencyKey + "]";
    }

    /** Builds an {@link OutboundMessage}. Required: idempotencyKey, clientId, to, body, purpose. */
    public static final class Builder {
        private String idempotencyKey;
        private ClientId clientId;
        private ContactPoint to;
        private String subject;
        private String body;
        private String purpose;

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

        public Builder to(ContactPoint to) {
            this.to = Objects.requireNonNull(to, "to == null");
            return this;
        }

        public Builder subject(String subject) {
            this.subject = Objects.requireNonNull(subject, "subject == null");
            return this;
        }

        public Builder body(String body) {
            this.body = Objects.requireNonNull(body, "body == null");
            return this;
        }

        public Builder purpose(String purpose) {
            this.purpose = Objects.requireNonNull(purpose, "purpose == null");
            return this;
        }

        public OutboundMessage build() {
            return new OutboundMessage(this);
        }
    }
}
