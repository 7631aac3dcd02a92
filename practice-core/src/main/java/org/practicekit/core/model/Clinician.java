package org.practicekit.core.model;

import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A licensed clinician: who signs notes, who is scheduled, whose payer panels decide who can be
 * offered their time.
 */
public final class Clinician {
    private final ClinicianId id;
    private final PersonName name;
    private final String credentials;
    private final String npi;
    private final ZoneId zone;
    private final Set<String> payerPanels;
    private final Set<String> specialties;

    private Clinician(Builder b) {
        this.id = Objects.requireNonNull(b.id, "id == null");
        this.name = Objects.requireNonNull(b.name, "name == null");
        this.credentials = Objects.requireNonNull(b.credentials, "credentials == null");
        this.npi = Objects.requireNonNull(b.npi, "npi == null");
        this.zone = Objects.requireNonNull(b.zone, "zone == null");
        // Insertion order is kept so displays are stable from run to run.
        this.payerPanels = Collections.unmodifiableSet(new LinkedHashSet<>(b.payerPanels));
        this.specialties = Collections.unmodifiableSet(new LinkedHashSet<>(b.specialties));
        if (!npi.isEmpty() && !npi.matches("[0-9]{10}")) {
            throw new IllegalArgumentException("NPI must be 10 digits");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.name = name;
        b.credentials = credentials;
        b.npi = npi;
        b.zone = zone;
        b.payerPanels.addAll(payerPanels);
        b.specialties.addAll(specialties);
        return b;
    }

    public ClinicianId id() {
        return id;
    }

    public PersonName name() {
        return name;
    }

    /** Licence and degree as they appear after a signature, e.g. "LCSW" or "PhD, LP". */
    public String credentials() {
        return credentials;
    }

    /** The 10-digit National Provider Identifier, or "" when not known. */
    public String npi() {
        return npi;
    }

    public ZoneId zone() {
        return zone;
    }

    /** Payer ids whose panel this clinician is on. Self-pay is always accepted. */
    public Set<String> payerPanels() {
        return payerPanels;
    }

    public boolean acceptsPayer(String payerId) {
        return payerPanels.contains(payerId);
    }

    /** Specialties the practice routes by ("trauma", "adolescents", "couples"). */
    public Set<String> specialties() {
        return specialties;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Clinician)) {
            return false;
        }
        Clinician c = (Clinician) o;
        return id.equals(c.id) && name.equals(c.name) && credentials.equals(c.credentials) && npi.equals(c.npi)
                && zone.equals(c.zone) && payerPanels.equals(c.payerPanels) && specialties.equals(c.specialties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, credentials, npi, zone, payerPanels, specialties);
    }

    @Override
    public String toString() {
        return "Clinician[" + id + ", " + credentials + "]";
    }

    /** Builds a {@link Clinician}. Required: id, name. */
    public static final class Builder {
        private ClinicianId id;
        private PersonName name;
        private String credentials = "";
        private String npi = "";
        private ZoneId zone = ZoneId.of("America/New_York");
        private final Set<String> payerPanels = new LinkedHashSet<>();
        private final Set<String> specialties = new LinkedHashSet<>();

        private Builder() {
        }

        public Builder id(ClinicianId id) {
            this.id = Objects.requireNonNull(id, "id == null");
            return this;
        }

        public Builder id(String id) {
            return id(ClinicianId.of(id));
        }

        public Builder name(PersonName name) {
            this.name = Objects.requireNonNull(name, "name == null");
            return this;
        }

        public Builder name(String given, String family) {
            return name(PersonName.of(given, family));
        }

        public Builder credentials(String credentials) {
            this.credentials = Objects.requireNonNull(credentials, "credentials == null");
            return this;
        }

        public Builder npi(String npi) {
            this.npi = Objects.requireNonNull(npi, "npi == null");
            return this;
        }

        public Builder zone(ZoneId zone) {
            this.zone = Objects.requireNonNull(zone, "zone == null");
            return this;
        }

        public Builder addPayerPanel(String payerId) {
            payerPanels.add(Objects.requireNonNull(payerId, "payerId == null"));
            return this;
        }

        public Builder addSpecialty(String specialty) {
            specialties.add(Objects.requireNonNull(specialty, "specialty == null"));
            return this;
        }

        public Clinician build() {
            return new Clinician(this);
        }
    }
}
