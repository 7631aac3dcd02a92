package org.practicekit.core.model;

import java.util.Locale;
import java.util.Optional;

/**
 * The sex a client's insurance and the EHR record for administration (FHIR {@code Patient.gender},
 * the 837P's DMG03). Not gender identity, which the client states separately
 * ({@link GenderIdentity}); {@link #UNKNOWN} when not asked or not given.
 */
public enum AdministrativeSex {
    FEMALE("F"), MALE("M"), OTHER("U"), UNKNOWN("U");

    private final String x12;

    AdministrativeSex(String x12) {
        this.x12 = x12;
    }

    /** The X12 gender code an 837P carries: F, M, or U for anything else. */
    public String x12Code() {
        return x12;
    }

    /** The form's choice code: "female", "male", "other" or "unknown". */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The value an intake form answer's code names, if it names one. */
    public static Optional<AdministrativeSex> fromCode(String code) {
        for (AdministrativeSex s : values()) {
            if (s.code().equals(code.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
