package org.practicekit.core.model;

import java.util.Objects;
import java.util.Optional;

/** One appointment between a client and a clinician. Immutable; status changes make a new copy. */
public final class Appointment {
    private final AppointmentId id;
    private final ClientId clientId;
    private final ClinicianId clinicianId;
    private final ServiceType serviceType;
    private final TimeSlot slot;
    private final Modality modality;
    private final LocationId locationId;
    private final AppointmentStatus status;
    private final String seriesId;

    private Appointment(Builder b) {
        this.id = Objects.requireNonNull(b.id, "id == null");
        this.clientId = Objects.requireNonNull(b.clientId, "clientId == null");
        this.clinicianId = Objects.requireNonNull(b.clinicianId, "clinicianId == null");
        this.serviceType = Objects.requireNonNull(b.serviceType, "serviceType == null");
        this.slot = Objects.requireNonNull(b.slot, "slot == null");
        this.modality = Objects.requireNonNull(b.modality, "modality == null");
        this.locationId = b.locationId;
        this.status = Objects.requireNonNull(b.status, "status == null");
        this.seriesId = b.seriesId;
        if (modality == Modality.IN_PERSON && locationId == null) {
            throw new IllegalArgumentException("an in-person appointment needs a location");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.clientId = clientId;
        b.clinicianId = clinicianId;
        b.serviceType = serviceType;
        b.slot = slot;
        b.modality = modality;
        b.locationId = locationId;
        b.status = status;
        b.seriesId = seriesId;
        return b;
    }

    public AppointmentId id() {
        return id;
    }

    public ClientId clientId() {
        return clientId;
    }

    public ClinicianId clinicianId() {
        return clinicianId;
    }

    public ServiceType serviceType() {
        return serviceType;
    }

    public TimeSlot slot() {
        return slot;
    }

    public Modality modality() {
        return modality;
    }

    /** The office, for in-person appointments. */
    public Optional<LocationId> locationId() {
        return Optional.ofNullable(locationId);
    }

    public AppointmentStatus status() {
        return status;
    }

    /** The recurring series this occurrence belongs to, if any. */
    public Optional<String> seriesId() {
        return Optional.ofNullable(seriesId);
    }

    public Appointment withStatus(AppointmentStatus newStatus) {
        return toBuilder().status(newStatus).build();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Appointment)) {
            return false;
        }
        Appointment a = (Appointment) o;
        return id.equals(a.id) && clientId.equals(a.clientId) && clinicianId.equals(a.clinicianId)
                && serviceType == a.serviceType && slot.equals(a.slot) && modality == a.modality
                && Objects.equals(locationId, a.locationId) && status == a.status && Objects.equals(seriesId, a.seriesId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, clientId, clinicianId, serviceType, slot, modality, locationId, status, seriesId);
    }

    @Override
    public String toString() {
        return "Appointment[" + id + ", " + clinicianId + ", " + slot.start() + ", " + status + "]";
    }

    /** Builds an {@link Appointment}. Required: id, clientId, clinicianId, serviceType, slot, modality. */
    public static final class Builder {
        private AppointmentId id;
        private ClientId clientId;
        private ClinicianId clinicianId;
        private ServiceType serviceType;
        private TimeSlot slot;
        private Modality modality;
        private LocationId locationId;
        private AppointmentStatus status = AppointmentStatus.BOOKED;
        private String seriesId;

        private Builder() {
        }

        public Builder id(AppointmentId id) {
            this.id = Objects.requireNonNull(id, "id == null");
            return this;
        }

        public Builder clientId(ClientId clientId) {
            this.clientId = Objects.requireNonNull(clientId, "clientId == null");
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

        public Builder slot(TimeSlot slot) {
            this.slot = Objects.requireNonNull(slot, "slot == null");
            return this;
        }

        public Builder modality(Modality modality) {
            this.modality = Objects.requireNonNull(modality, "modality == null");
            return this;
        }

        public Builder locationId(LocationId locationId) {
            this.locationId = Objects.requireNonNull(locationId, "locationId == null");
            return this;
        }

        public Builder status(AppointmentStatus status) {
            this.status = Objects.requireNonNull(status, "status == null");
            return this;
        }

        public Builder seriesId(String seriesId) {
            this.seriesId = Objects.requireNonNull(seriesId, "seriesId == null");
            return this;
        }

        public Appointment build() {
            return new Appointment(this);
        }
    }
}
