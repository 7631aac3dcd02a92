package org.practicekit.core.billing.auth;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.practicekit.core.Problems;
import org.practicekit.core.ValidationException;
import org.practicekit.core.model.ClientId;
import org.practicekit.core.model.ClinicianId;

/**
 * A payer's prior authorization for a client: its number, the payer, the rendering clinician it was
 * issued for, the CPT codes it covers (one code's authorization does not cover another), the units
 * (sessions) approved and the dates it is valid (both inclusive). Immutable.
 */
public final class PriorAuthorization {
    private final String number;
    private final String payerId;
    private final ClientId clientId;
    private final ClinicianId clinicianId;
    private final Set<String> codes;
    private final int approvedUnits;
    private final LocalDate start;
    private final LocalDate end;

    private PriorAuthorization(Builder b) {
        this.number = b.number;
        this.payerId = b.payerId;
        this.clientId = b.clientId;
        this.clinicianId = b.clinicianId;
        this.codes = Set.copyOf(b.codes);
        this.approvedUnits = b.approvedUnits;
        this.start = b.start;
        this.end = b.end;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.number = number;
        b.payerId = payerId;
        b.clientId = clientId;
        b.clinicianId = clinicianId;
        b.codes.addAll(codes);
        b.approvedUnits = approvedUnits;
        b.start = start;
        b.end = end;
        return b;
    }

    /** The payer's authorization number, sent on claims in 2300 REF*G1. */
    public String number() {
        return number;
    }

    public String payerId() {
        return payerId;
    }

    public ClientId clientId() {
        return clientId;
    }

    /** The rendering clinician the authorization was issued for. */
    public ClinicianId clinicianId() {
        return clinicianId;
    }

    public Set<String> codes() {
        return codes;
    }

    public int approvedUnits() {
        return approvedUnits;
    }

    public LocalDate start() {
        return start;
    }

    public LocalDate end() {
        return end;
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof PriorAuthorization)) {
            return false;
        }
        PriorAuthorization a = (PriorAuthorization) o;
        return number.equals(a.number) && payerId.equals(a.payerId) && clientId.equals(a.clientId)
                && clinicianId.equals(a.clinicianId) && codes.equals(a.codes) && approvedUnits == a.approvedUnits
                && start.equals(a.start) && end.equals(a.end);
    }

    @Override
    public int hashCode() {
        return Objects.hash(number, payerId, clientId, clinicianId, codes, approvedUnits, start, end);
    }

    @Override
    public String toString() {
        return "PriorAuthorization[" + number + ", " + payerId + ", " + codes + ", " + approvedUnits + " units, " + start + ".."
                + end + "]";
    }

    /** Builds a {@link PriorAuthorization}; every field is required and checked at once by {@link #build()}. */
    public static final class Builder {
        private String number;
        private String payerId;
        private ClientId clientId;
        private ClinicianId clinicianId;
        private final Set<String> codes = new LinkedHashSet<>();
        private int approvedUnits;
        private LocalDate start;
        private LocalDate end;

        private Builder() {
        }

        public Builder number(String number) {
            this.number = Objects.requireNonNull(number, "number == null");
            return this;
        }

        public Builder payerId(String payerId) {
            this.payerId = Objects.requireNonNull(payerId, "payerId == null");
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

        /** Adds a covered CPT code. */
        public Builder addCode(String code) {
            codes.add(Objects.requireNonNull(code, "code == null"));
            return this;
        }

        public Builder approvedUnits(int approvedUnits) {
            this.approvedUnits = approvedUnits;
            return this;
        }

        /** Valid from {@code start} through {@code end}, both inclusive. */
        public Builder dates(LocalDate start, LocalDate end) {
            this.start = Objects.requireNonNull(start, "start == null");
            this.end = Objects.requireNonNull(end, "end == null");
            return this;
        }

        /**
         * @throws ValidationException naming every problem
         */
        public PriorAuthorization build() {
            Problems problems = Problems.of("prior authorization");
            problems.require(number != null && number.matches("[A-Za-z0-9-]{1,50}"), "number",
                    "is required: letters, digits or dashes");
            problems.requireText(payerId, "payerId");
            problems.require(clientId != null, "clientId", "is required");
            problems.require(clinicianId != null, "clinicianId", "is required");
            if (problems.require(!codes.isEmpty(), "codes", "needs at least one CPT code")) {
                for (String c : codes) {
                    problems.require(c.matches("[0-9]{4}[0-9A-Z]"), "codes", "is not a CPT code: " + c);
                }
            }
            problems.require(approvedUnits >= 1, "approvedUnits", "must be at least 1");
            if (problems.require(start != null && end != null, "dates", "are required")) {
                problems.require(!end.isBefore(start), "dates", "end must not be before start");
            }
            problems.throwIfAny();
            return new PriorAuthorization(this);
        }
    }
}
