package org.practicekit.fhir;

import java.net.URI;
import java.util.Objects;

/**
 * The URIs under which the practice's own identifiers live in the EHR: client ids, appointment ids,
 * note ids and the keys of intake records. Every write is a conditional create or update on one of
 * these identifiers, which is what makes a retried write find the record instead of duplicating it.
 * Choose them once per practice and never change them.
 *
 * <p>{@link #under(String)} derives every system from one base URI ({@code base + "/client"} …);
 * the builder overrides single ones, e.g. to reuse an MRN system the EHR already knows.
 */
public final class FhirIdentifierSystems {
    private final String base;
    private final String client;
    private final String coverage;
    private final String payer;
    private final String intake;
    private final String consent;
    private final String screening;
    private final String flag;
    private final String appointment;
    private final String appointmentSeries;
    private final String note;
    private final String clinician;
    private final String location;

    private FhirIdentifierSystems(Builder b) {
        this.base = uri(b.base, "base");
        this.client = uri(orDerived(b.client, "client"), "client");
        this.coverage = uri(orDerived(b.coverage, "coverage"), "coverage");
        this.payer = uri(orDerived(b.payer, "payer"), "payer");
        this.intake = uri(orDerived(b.intake, "intake"), "intake");
        this.consent = uri(orDerived(b.consent, "consent"), "consent");
        this.screening = uri(orDerived(b.screening, "screening"), "screening");
        this.flag = uri(orDerived(b.flag, "flag"), "flag");
        this.appointment = uri(orDerived(b.appointment, "appointment"), "appointment");
        this.appointmentSeries = uri(orDerived(b.appointmentSeries, "appointment-series"), "appointmentSeries");
        this.note = uri(orDerived(b.note, "note"), "note");
        this.clinician = uri(orDerived(b.clinician, "clinician"), "clinician");
        this.location = uri(orDerived(b.location, "location"), "location");
    }

    private String orDerived(String explicit, String suffix) {
        return explicit != null ? explicit : base + "/" + suffix;
    }

    private static String uri(String value, String name) {
        Objects.requireNonNull(value, name + " == null");
        URI u;
        try {
            u = URI.create(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + " is not a URI", e);
        }
        if (!u.isAbsolute() || value.contains("|") || value.endsWith("/")) {
            throw new IllegalArgumentException(name + " must be an absolute URI without '|' or a trailing '/'");
        }
        return value;
    }

    /** Every system derived from {@code baseUri}, e.g. {@code https://practice.example/fhir/id}. */
    public static FhirIdentifierSystems under(String baseUri) {
        return builder(baseUri).build();
    }

    /** A builder whose unset systems are derived from {@code baseUri}. */
    public static Builder builder(String baseUri) {
        Builder b = new Builder();
        b.base = Objects.requireNonNull(baseUri, "baseUri == null");
        return b;
    }

    /** A builder holding these systems. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.base = base;
        b.client = client;
        b.coverage = coverage;
        b.payer = payer;
        b.intake = intake;
        b.consent = consent;
        b.screening = screening;
        b.flag = flag;
        b.appointment = appointment;
        b.appointmentSeries = appointmentSeries;
        b.note = note;
        b.clinician = clinician;
        b.location = location;
        return b;
    }

    /** The base URI; the practice's own code systems and extensions are defined under it too. */
    public String base() {
        return base;
    }

    /** Patient.identifier: the practice's client id. */
    public String client() {
        return client;
    }

    /** Coverage.identifier: one coverage per client and payer. */
    public String coverage() {
        return coverage;
    }

    /** Organization.identifier of a payer: the payer's electronic id. */
    public String payer() {
        return payer;
    }

    /** QuestionnaireResponse.identifier: the intake's idempotency key. */
    public String intake() {
        return intake;
    }

    /** Consent.identifier: client, consent document and version. */
    public String consent() {
        return consent;
    }

    /** Observation.identifier of screening scores: intake key and instrument. */
    public String screening() {
        return screening;
    }

    /** Flag.identifier of a risk flag raised at intake: the intake's key. */
    public String flag() {
        return flag;
    }

    /** Appointment.identifier: the practice's appointment id. */
    public String appointment() {
        return appointment;
    }

    /** Appointment.identifier of the recurring series an appointment belongs to. */
    public String appointmentSeries() {
        return appointmentSeries;
    }

    /** DocumentReference.identifier: the signed note's id. */
    public String note() {
        return note;
    }

    /** Practitioner identifiers in references to the practice's clinicians. */
    public String clinician() {
        return clinician;
    }

    /** Location identifiers in references to the practice's offices. */
    public String location() {
        return location;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FhirIdentifierSystems && toString().equals(o.toString());
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }

    @Override
    public String toString() {
        return "FhirIdentifierSystems[base=" + base + ", client=" + client + ", coverage=" + coverage + ", payer="
                + payer + ", intake=" + intake + ", consent=" + consent + ", screening=" + screening + ", flag=" + flag
                + ", appointment=" + appointment + ", appointmentSeries=" + appointmentSeries + ", note=" + note
                + ", clinician=" + clinician + ", location=" + location + "]";
    }

    /** Builds {@link FhirIdentifierSystems}; every system not set is derived from the base URI. */
    public static final class Builder {
        private String base;
        private String client;
        private String coverage;
        private String payer;
        private String intake;
        private String consent;
        private String screening;
        private String flag;
        private String appointment;
        private String appointmentSeries;
        private String note;
        private String clinician;
        private String location;

        private Builder() {
        }

        public Builder client(String system) {
            this.client = Objects.requireNonNull(system, "system == null");
            return this;
        }

        public Builder coverage(String system) {
            this.coverage = Objects.requireNonNull(system, "system == null");
            return this;
        }

        public Builder payer(String system) {
            this.payer = Objects.requireNonNull(system, "system == null");
            return this;
        }

        public Builder intake(String system) {
            this.intake = Objects.requireNonNull(system, "system == null");
            return this;
        }

        public Builder consent(String system) {
            this.consent = Objects.requireNonNull(system, "system == null");
            return this;
        }

        public Builder screening(String system) {
            this.screening = Objects.requireNonNull(system, "system == null");
            return this;
        }

        public Builder flag(String system) {
            this.flag = Objects.requireNonNull(system, "system == null");
            return this;
        }

        public Builder appointment(String system) {
            this.appointment = Objects.requireNonNull(system, "system == null");
            return this;
        }

        public Builder appointmentSeries(String system) {
            this.appointmentSeries = Objects.requireNonNull(system, "system == null");
            return this;
        }

        public Builder note(String system) {
            this.note = Objects.requireNonNull(system, "system == null");
            return this;
        }

        public Builder clinician(String system) {
            this.clinician = Objects.requireNonNull(system, "system == null");
            return this;
        }

        public Builder location(String system) {
            this.location = Objects.requireNonNull(system, "system == null");
            return this;
        }

        /** @throws IllegalArgumentException when a system is not an absolute URI */
        public FhirIdentifierSystems build() {
            return new FhirIdentifierSystems(this);
        }
    }
}
