package org.practicekit.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A client's insurance coverage with one payer. A self-pay client simply has no coverage.
 * Member and group numbers are PHI; {@link #toString()} hides them.
 */
public final class Coverage {
    /** How the subscriber relates to the client. */
    public enum Relationship { SELF, SPOUSE, CHILD, OTHER }

    private final String payerName;
    private final String payerId;
    private final PayerKind payerKind;
    private final String memberId;
    private final String groupNumber;
    private final String planName;
    private final PersonName subscriber;
    private final Relationship relationship;

    private Coverage(Builder b) {
        this.payerName = requireText(b.payerName, "payerName");
        this.payerId = requireText(b.payerId, "payerId");
        this.payerKind = Objects.requireNonNull(b.payerKind, "payerKind == null");
        this.memberId = requireText(b.memberId, "memberId");
        this.groupNumber = b.groupNumber;
        this.planName = b.planName;
        this.subscriber = b.subscriber;
        this.relationship = Objects.requireNonNull(b.relationship, "relationship == null");
    }

    private static String requireText(String s, String name) {
        Objects.requireNonNull(s, name + " == null");
        if (s.isBlank()) {
            throw new IllegalArgumentException(name + " is blank");
        }
        return s.strip();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.payerName = payerName;
        b.payerId = payerId;
        b.payerKind = payerKind;
        b.memberId = memberId;
        b.groupNumber = groupNumber;
        b.planName = planName;
        b.subscriber = subscriber;
        b.relationship = relationship;
        return b;
    }

    public String payerName() {
        return payerName;
    }

    /** The payer's electronic id (the clearinghouse payer id). */
    public String payerId() {
        return payerId;
    }

    public PayerKind payerKind() {
        return payerKind;
    }

    public String memberId() {
        return memberId;
    }

    public Optional<String> groupNumber() {
        return Optional.ofNullable(groupNumber);
    }

    public Optional<String> planName() {
        return Optional.ofNullable(planName);
    }

    /** The subscriber when it is not the client. */
    public Optional<PersonName> subscriber() {
        return Optional.ofNullable(subscriber);
    }

    public Relationship relationship() {
        return relationship;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Coverage)) {
            return false;
        }
        Coverage c = (Coverage) o;
        return payerName.equals(c.payerName) && payerId.equals(c.payerId) && payerKind == c.payerKind
                && memberId.equals(c.memberId) && Objects.equals(groupNumber, c.groupNumber)
                && Objects.equals(planName, c.planName) && Objects.equals(subscriber, c.subscriber)
                && relationship == c.relationship;
    }

    @Override
    public int hashCode() {
        return Objects.hash(payerName, payerId, payerKind, memberId, groupNumber, planName, subscriber, relationship);
    }

    @Override
    public String toString() {
        return "Coverage[" + payerName + ", " + payerKind + "]";
    }

    /** Builds a {@link Coverage}. Required: payerName, payerId, payerKind, memberId. */
    public static final class Builder {
        private String payerName;
        private String payerId;
        private PayerKind payerKind;
        private String memberId;
        private String groupNumber;
        private String planName;
        private PersonName subscriber;
        private Relationship relationship = Relationship.SELF;

        private Builder() {
        }

        public Builder payerName(String payerName) {
            this.payerName = Objects.requireNonNull(payerName, "payerName == null");
            return this;
        }

        public Builder payerId(String payerId) {
            this.payerId = Objects.requireNonNull(payerId, "payerId == null");
            return this;
        }

        public Builder payerKind(PayerKind payerKind) {
            this.payerKind = Objects.requireNonNull(payerKind, "payerKind == null");
            return this;
        }

        public Builder memberId(String memberId) {
            this.memberId = Objects.requireNonNull(memberId, "memberId == null");
            return this;
        }

        public Builder groupNumber(String groupNumber) {
            this.groupNumber = Objects.requireNonNull(groupNumber, "groupNumber == null");
            return this;
        }

        public Builder planName(String planName) {
            this.planName = Objects.requireNonNull(planName, "planName == null");
            return this;
        }

        public Builder subscriber(PersonName subscriber, Relationship relationship) {
            this.subscriber = Objects.requireNonNull(subscriber, "subscriber == null");
            this.relationship = Objects.requireNonNull(relationship, "relationship == null");
            return this;
        }

        public Coverage build() {
            return new Coverage(this);
        }
    }
}
