package org.practicekit.core.scheduling;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import org.practicekit.core.billing.auth.StaffOverride;
import org.practicekit.core.model.AppointmentId;
import org.practicekit.core.model.ClientId;
import org.practicekit.core.model.ClinicianId;
import org.practicekit.core.model.ContactPoint;
import org.practicekit.core.model.PayerKind;
import org.practicekit.core.model.ServiceType;

/**
 * A request to book one session: who, with whom, which service, when, and how to reach the client
 * (messages go to {@code contact}, times are shown in {@code clientZone}). The modality and office
 * come from the clinician's block at that time. Giving an appointment id makes booking idempotent:
 * booking the same id again returns the existing appointment. Texts greet the client by the name they
 * go by ({@link #preferredName()}) when one is given. {@link #toString()} shows no PHI.
 */
public final class BookingRequest {
    private final ClientId clientId;
    private final ContactPoint contact;
    private final ZoneId clientZone;
    private final ClinicianId clinicianId;
    private final ServiceType serviceType;
    private final Instant start;
    private final PayerKind payerKind;
    private final boolean newClient;
    private final AppointmentId appointmentId;
    private final String preferredName;
    private final boolean confirmed;
    private final BilledService billedAs;
    private final StaffOverride authorizationOverride;

    private BookingRequest(Builder b) {
        this.clientId = Objects.requireNonNull(b.clientId, "clientId == null");
        this.contact = Objects.requireNonNull(b.contact, "contact == null");
        this.clientZone = Objects.requireNonNull(b.clientZone, "clientZone == null");
        this.clinicianId = Objects.requireNonNull(b.clinicianId, "clinicianId == null");
        this.serviceType = Objects.requireNonNull(b.serviceType, "serviceType == null");
        this.start = Objects.requireNonNull(b.start, "start == null");
        this.payerKind = b.payerKind;
        this.newClient = b.newClient;
        this.appointmentId = b.appointmentId;
        this.preferredName = b.preferredName;
        this.confirmed = b.confirmed;
        this.billedAs = b.billedAs;
        this.authorizationOverride = b.authorizationOverride;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A request for an open slot on behalf of a client described by a {@link SlotRequest}. */
    public static Builder forSlot(OpenSlot slot, SlotRequest request, ContactPoint contact) {
        Builder b = builder().clientId(request.clientId()).contact(contact).clientZone(request.zone())
                .clinicianId(slot.clinicianId()).serviceType(slot.serviceType()).start(slot.time().start())
                .newClient(request.newClient());
        request.payerKind().ifPresent(b::payerKind);
        return b;
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.clientId = clientId;
        b.contact = contact;
        b.clientZone = clientZone;
        b.clinicianId = clinicianId;
        b.serviceType = serviceType;
        b.start = start;
        b.payerKind = payerKind;
        b.newClient = newClient;
        b.appointmentId = appointmentId;
        b.preferredName = preferredName;
        b.confirmed = confirmed;
        b.billedAs = billedAs;
        b.authorizationOverride = authorizationOverride;
        return b;
    }

    public ClientId clientId() {
        return clientId;
    }

    public ContactPoint contact() {
        return contact;
    }

    public ZoneId clientZone() {
        return clientZone;
    }

    public ClinicianId clinicianId() {
        return clinicianId;
    }

    public ServiceType serviceType() {
        return serviceType;
    }

    public Instant start() {
        return start;
    }

    /** The client's payer kind (decides fee eligibility); empty for self-pay. */
    public Optional<PayerKind> payerKind() {
        return Optional.ofNullable(payerKind);
    }

    public boolean newClient() {
        return newClient;
    }

    public Optional<AppointmentId> appointmentId() {
        return Optional.ofNullable(appointmentId);
    }

    /** The name the client goes by, used to greet them in texts; empty when not known. */
    public Optional<String> preferredName() {
        return Optional.ofNullable(preferredName);
    }

    /**
     * True when the client already agreed to this time (a first appointment agreed at intake): the
     * appointment is booked as confirmed and the text does not ask the client to confirm it again.
     */
    public boolean confirmed() {
        return confirmed;
    }

    @Override
    public String toString() {
        return "BookingRequest[" + clientId + ", " + clinicianId + ", " + serviceType + ", " + start + "]";
    }

    /** Builds a {@link BookingRequest}. Required: client id, contact, clinician, start. */
    /** How the session will be billed; when given, the book checks it against the client's prior authorization. */
    public Optional<BilledService> billedAs() {
        return Optional.ofNullable(billedAs);
    }

    /** A staff member's decision to book although the authorization check blocks; audited with its reason. */
    public Optional<StaffOverride> authorizationOverride() {
        return Optional.ofNullable(authorizationOverride);
    }

    public static final class Builder {
        private ClientId clientId;
        private ContactPoint contact;
        private ZoneId clientZone = ZoneId.of("America/New_York");
        private ClinicianId clinicianId;
        private ServiceType serviceType = ServiceType.INDIVIDUAL;
        private Instant start;
        private PayerKind payerKind;
        private boolean newClient;
        private AppointmentId appointmentId;
        private String preferredName;
        private boolean confirmed;
        private BilledService billedAs;
        private StaffOverride authorizationOverride;

        /** How the session will be billed (payer and CPT code), checked against the prior authorization. */
        public Builder billedAs(BilledService billedAs) {
            this.billedAs = Objects.requireNonNull(billedAs, "billedAs == null");
            return this;
        }

        /** Books despite a blocking authorization problem; the staff member and reason are audited. */
        public Builder authorizationOverride(StaffOverride override) {
            this.authorizationOverride = Objects.requireNonNull(override, "override == null");
            return this;
        }

        private Builder() {
        }

        public Builder clientId(ClientId clientId) {
            this.clientId = Objects.requireNonNull(clientId, "clientId == null");
            return this;
        }

        public Builder contact(ContactPoint contact) {
            this.contact = Objects.requireNonNull(contact, "contact == null");
            return this;
        }

        public Builder clientZone(ZoneId clientZone) {
            this.clientZone = Objects.requireNonNull(clientZone, "clientZone == null");
            return this;
        }

        public Builder clinicianId(ClinicianId clinicianId) {
            this.clinicianId = Objects.requireNonNull(clinicianId, "clinicianId == null");
            return this;
        }

        public Builder serviceType(ServiceType serviceType) {
            this.serviceType = Objects.requireNonNull(serviceType, "serviceType == null");
            return this;
        }

        public Builder start(Instant start) {
            this.start = Objects.requireNonNull(start, "start == null");
            return this;
        }

        public Builder payerKind(PayerKind payerKind) {
            this.payerKind = Objects.requireNonNull(payerKind, "payerKind == null");
            return this;
        }

        public Builder newClient(boolean newClient) {
            this.newClient = newClient;
            return this;
        }

        public Builder appointmentId(AppointmentId appointmentId) {
            this.appointmentId = Objects.requireNonNull(appointmentId, "appointmentId == null");
            return this;
        }

        /** The name the client goes by in texts ("Sam"); blank means none. */
        public Builder preferredName(String preferredName) {
            Objects.requireNonNull(preferredName, "preferredName == null");
            this.preferredName = preferredName.isBlank() ? null : preferredName.strip();
            return this;
        }

        /** Books the time as already confirmed by the client (see {@link BookingRequest#confirmed()}). */
        public Builder confirmed(boolean confirmed) {
            this.confirmed = confirmed;
            return this;
        }

        public BookingRequest build() {
            return new BookingRequest(this);
        }
    }
}
