package org.practicekit.core.scheduling;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.practicekit.core.model.ClientId;
import org.practicekit.core.model.ClinicianId;
import org.practicekit.core.model.LocationId;
import org.practicekit.core.model.Modality;
import org.practicekit.core.model.PayerKind;
import org.practicekit.core.model.ServiceType;

/**
 * What one client needs from a slot (hard constraints) and would like (preferences), for ranking
 * slots or assigning the waitlist. Days and time windows are in the client's own zone.
 *
 * <p>Hard constraints: the service, an accepted modality and location, the payer on the clinician's
 * panel (self-pay when no payer is given), the required specialties, the clinician seeing the
 * client's age, new-client blocks only for new clients, and an allowed clinician when the set is
 * not empty. Preferences: days, time windows, preferred clinicians and modality, priority and time
 * waited. Immutable; derive changed copies with {@link #toBuilder()}. Contains no PHI beyond the
 * client id and age; {@link #toString()} shows the client id only.
 */
public final class SlotRequest {
    private final ClientId clientId;
    private final ZoneId zone;
    private final ServiceType serviceType;
    private final String payerId;
    private final PayerKind payerKind;
    private final Set<Modality> modalities;
    private final Modality preferredModality;
    private final Set<LocationId> locations;
    private final Set<ClinicianId> allowedClinicians;
    private final Set<ClinicianId> preferredClinicians;
    private final Set<String> requiredSpecialties;
    private final Integer age;
    private final boolean newClient;
    private final Set<DayOfWeek> preferredDays;
    private final List<TimeWindow> preferredWindows;
    private final Priority priority;
    private final Instant waitingSince;

    private SlotRequest(Builder b) {
        this.clientId = Objects.requireNonNull(b.clientId, "clientId == null");
        this.zone = b.zone;
        this.serviceType = b.serviceType;
        this.payerId = b.payerId;
        this.payerKind = b.payerKind;
        this.modalities = Set.copyOf(b.modalities);
        this.preferredModality = b.preferredModality;
        this.locations = Set.copyOf(b.locations);
        this.allowedClinicians = Set.copyOf(b.allowedClinicians);
        this.preferredClinicians = Set.copyOf(b.preferredClinicians);
        this.requiredSpecialties = Set.copyOf(b.requiredSpecialties);
        this.age = b.age;
        this.newClient = b.newClient;
        this.preferredDays = Set.copyOf(b.preferredDays);
        this.preferredWindows = List.copyOf(b.preferredWindows);
        this.priority = b.priority;
        this.waitingSince = b.waitingSince;
        if (modalities.isEmpty()) {
            throw new IllegalArgumentException("a request accepts at least one modality");
        }
        if (age != null && (age < 0 || age > 130)) {
            throw new IllegalArgumentException("age out of range");
        }
    }

    public static Builder builder(ClientId clientId) {
        return new Builder(clientId);
    }

    public Builder toBuilder() {
        Builder b = new Builder(clientId);
        b.zone = zone;
        b.serviceType = serviceType;
        b.payerId = payerId;
        b.payerKind = payerKind;
        b.modalities.clear();
        b.modalities.addAll(modalities);
        b.preferredModality = preferredModality;
        b.locations.addAll(locations);
        b.allowedClinicians.addAll(allowedClinicians);
        b.preferredClinicians.addAll(preferredClinicians);
        b.requiredSpecialties.addAll(requiredSpecialties);
        b.age = age;
        b.newClient = newClient;
        b.preferredDays.addAll(preferredDays);
        b.preferredWindows.addAll(preferredWindows);
        b.priority = priority;
        b.waitingSince = waitingSince;
        return b;
    }

    public ClientId clientId() {
        return clientId;
    }

    /** The client's zone: preferred days and windows are read in it, and times are shown in it. */
    public ZoneId zone() {
        return zone;
    }

    public ServiceType serviceType() {
        return serviceType;
    }

    /** The payer whose panel the clinician must be on; empty for self-pay. */
    public Optional<String> payerId() {
        return Optional.ofNullable(payerId);
    }

    /** The payer's kind, which decides late-cancel fee eligibility; empty for self-pay. */
    public Optional<PayerKind> payerKind() {
        return Optional.ofNullable(payerKind);
    }

    public Set<Modality> modalities() {
        return modalities;
    }

    public Optional<Modality> preferredModality() {
        return Optional.ofNullable(preferredModality);
    }

    /** Offices the client can reach for in-person sessions; empty means any. */
    public Set<LocationId> locations() {
        return locations;
    }

    /** Clinicians the client may be booked with; empty means any. */
    public Set<ClinicianId> allowedClinicians() {
        return allowedClinicians;
    }

    public Set<ClinicianId> preferredClinicians() {
        return preferredClinicians;
    }

    public Set<String> requiredSpecialties() {
        return requiredSpecialties;
    }

    /** The client's age in years, when the practice routes by age. */
    public Optional<Integer> age() {
        return Optional.ofNullable(age);
    }

    /** True for a client not yet seen by the practice (may use new-client blocks). */
    public boolean newClient() {
        return newClient;
    }

    public Set<DayOfWeek> preferredDays() {
        return preferredDays;
    }

    public List<TimeWindow> preferredWindows() {
        return preferredWindows;
    }

    public Priority priority() {
        return priority;
    }

    /** When the client joined the waitlist; empty when not waiting. */
    public Optional<Instant> waitingSince() {
        return Optional.ofNullable(waitingSince);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof SlotRequest)) {
            return false;
        }
        SlotRequest r = (SlotRequest) o;
        return clientId.equals(r.clientId) && zone.equals(r.zone) && serviceType == r.serviceType
                && Objects.equals(payerId, r.payerId) && payerKind == r.payerKind && modalities.equals(r.modalities)
                && preferredModality == r.preferredModality && locations.equals(r.locations)
                && allowedClinicians.equals(r.allowedClinicians) && preferredClinicians.equals(r.preferredClinicians)
                && requiredSpecialties.equals(r.requiredSpecialties) && Objects.equals(age, r.age)
                && newClient == r.newClient && preferredDays.equals(r.preferredDays)
                && preferredWindows.equals(r.preferredWindows) && priority == r.priority
                && Objects.equals(waitingSince, r.waitingSince);
    }

    @Override
    public int hashCode() {
        return Objects.hash(clientId, zone, serviceType, payerId, payerKind, modalities, preferredModality, locations,
                allowedClinicians, preferredClinicians, requiredSpecialties, age, newClient, preferredDays,
                preferredWindows, priority, waitingSince);
    }

    @Override
    public String toString() {
        return "SlotRequest[" + clientId + ", " + serviceType + ", " + priority + "]";
    }

    /** Builds a {@link SlotRequest}. Defaults: zone America/New_York, INDIVIDUAL, self-pay, any modality, ROUTINE. */
    public static final class Builder {
        private final ClientId clientId;
        private ZoneId zone = ZoneId.of("America/New_York");
        private ServiceType serviceType = ServiceType.INDIVIDUAL;
        private String payerId;
        private PayerKind payerKind;
        private final Set<Modality> modalities = EnumSet.allOf(Modality.class);
        private Modality preferredModality;
        private final Set<LocationId> locations = new LinkedHashSet<>();
        private final Set<ClinicianId> allowedClinicians = new LinkedHashSet<>();
        private final Set<ClinicianId> preferredClinicians = new LinkedHashSet<>();
        private final Set<String> requiredSpecialties = new LinkedHashSet<>();
        private Integer age;
        private boolean newClient;
        private final Set<DayOfWeek> preferredDays = EnumSet.noneOf(DayOfWeek.class);
        private final List<TimeWindow> preferredWindows = new ArrayList<>();
        private Priority priority = Priority.ROUTINE;
        private Instant waitingSince;

        private Builder(ClientId clientId) {
            this.clientId = Objects.requireNonNull(clientId, "clientId == null");
        }

        public Builder zone(ZoneId zone) {
            this.zone = Objects.requireNonNull(zone, "zone == null");
            return this;
        }

        public Builder serviceType(ServiceType serviceType) {
            this.serviceType = Objects.requireNonNull(serviceType, "serviceType == null");
            return this;
        }

        /** The payer (its electronic id and kind); leave unset for self-pay. */
        public Builder payer(String payerId, PayerKind kind) {
            this.payerId = Objects.requireNonNull(payerId, "payerId == null");
            this.payerKind = Objects.requireNonNull(kind, "kind == null");
            return this;
        }

        /** Replaces the accepted modalities. */
        public Builder modalities(Set<Modality> modalities) {
            this.modalities.clear();
            this.modalities.addAll(modalities);
            return this;
        }

        public Builder preferredModality(Modality modality) {
            this.preferredModality = Objects.requireNonNull(modality, "modality == null");
            return this;
        }

        public Builder addLocation(LocationId location) {
            locations.add(Objects.requireNonNull(location, "location == null"));
            return this;
        }

        public Builder allowClinician(ClinicianId clinician) {
            allowedClinicians.add(Objects.requireNonNull(clinician, "clinician == null"));
            return this;
        }

        public Builder preferClinician(ClinicianId clinician) {
            preferredClinicians.add(Objects.requireNonNull(clinician, "clinician == null"));
            return this;
        }

        public Builder requireSpecialty(String specialty) {
            requiredSpecialties.add(Objects.requireNonNull(specialty, "specialty == null"));
            return this;
        }

        public Builder age(int age) {
            this.age = age;
            return this;
        }

        public Builder newClient(boolean newClient) {
            this.newClient = newClient;
            return this;
        }

        public Builder preferDays(DayOfWeek... days) {
            preferredDays.addAll(List.of(days));
            return this;
        }

        public Builder preferWindow(TimeWindow window) {
            preferredWindows.add(Objects.requireNonNull(window, "window == null"));
            return this;
        }

        public Builder priority(Priority priority) {
            this.priority = Objects.requireNonNull(priority, "priority == null");
            return this;
        }

        public Builder waitingSince(Instant waitingSince) {
            this.waitingSince = Objects.requireNonNull(waitingSince, "waitingSince == null");
            return this;
        }

        public SlotRequest build() {
            return new SlotRequest(this);
        }
    }
}
