package org.practicekit.core.intake;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.practicekit.core.model.ClientId;
import org.practicekit.core.model.ClinicianId;
import org.practicekit.core.model.ContactPoint;
import org.practicekit.core.model.PersonName;

/**
 * A prospective client's first contact: who they are, how to reach them, and the first appointment
 * if one was offered when they called. The case id is the host's, so starting the same inquiry twice
 * sends nothing new.
 */
public final class IntakeInquiry {
    private final String caseId;
    private final ClientId clientId;
    private final PersonName name;
    private final ContactPoint contact;
    private final ClinicianId clinicianId;
    private final Instant firstAppointment;

    private IntakeInquiry(Builder b) {
        this.caseId = Objects.requireNonNull(b.caseId, "caseId == null");
        this.clientId = Objects.requireNonNull(b.clientId, "clientId == null");
        this.name = Objects.requireNonNull(b.name, "name == null");
        this.contact = Objects.requireNonNull(b.contact, "contact == null");
        this.clinicianId = b.clinicianId;
        this.firstAppointment = b.firstAppointment;
        if (!caseId.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,99}")) {
            throw new IllegalArgumentException("caseId must be 1-100 letters, digits, '.', '_' or '-'");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder().caseId(caseId).clientId(clientId).name(name).contact(contact);
        b.clinicianId = clinicianId;
        b.firstAppointment = firstAppointment;
        return b;
    }

    /** The host's id for this intake; also the idempotency root of everything it sends. */
    public String caseId() {
        return caseId;
    }

    public ClientId clientId() {
        return clientId;
    }

    public PersonName name() {
        return name;
    }

    /** Where the packet link and reminders go (a mobile number takes SMS; an email address takes email). */
    public ContactPoint contact() {
        return contact;
    }

    public Optional<ClinicianId> clinicianId() {
        return Optional.ofNullable(clinicianId);
    }

    /** The first appointment offered with the inquiry, if any. */
    public Optional<Instant> firstAppointment() {
        return Optional.ofNullable(firstAppointment);
    }

    @Override
    public String toString() {
        return "IntakeInquiry[" + caseId + ", " + clientId + "]";
    }

    /** Builds an {@link IntakeInquiry}. Required: caseId, clientId, name, contact. */
    public static final class Builder {
        private String caseId;
        private ClientId clientId;
        private PersonName name;
        private ContactPoint contact;
        private ClinicianId clinicianId;
        private Instant firstAppointment;

        private Builder() {
        }

        public Builder caseId(String caseId) {
            this.caseId = Objects.requireNonNull(caseId, "caseId == null");
            return this;
        }

        public Builder clientId(ClientId clientId) {
            this.clientId = Objects.requireNonNull(clientId, "clientId == null");
            return this;
        }

        public Builder name(PersonName name) {
            this.name = Objects.requireNonNull(name, "name == null");
            return this;
        }

        public Builder contact(ContactPoint contact) {
            this.contact = Objects.requireNonNull(contact, "contact == null");
            return this;
        }

        public Builder clinicianId(ClinicianId clinicianId) {
            this.clinicianId = Objects.requireNonNull(clinicianId, "clinicianId == null");
            return this;
        }

        public Builder firstAppointment(Instant start) {
            this.firstAppointment = Objects.requireNonNull(start, "start == null");
            return this;
        }

        public IntakeInquiry build() {
            return new IntakeInquiry(this);
        }
    }
}
