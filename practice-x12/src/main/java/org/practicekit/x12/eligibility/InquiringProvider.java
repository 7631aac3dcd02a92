package org.practicekit.x12.eligibility;

import java.util.Objects;

/**
 * The practice or clinician asking about coverage (270 loop 2100B, the information receiver): its
 * name, its NPI, and the tax id that makes its trace numbers its own (TRN03 is {@code 1} + the tax id).
 *
 * @param name the practice's name as enrolled with the payer
 * @param npi the 10-digit NPI the payer knows the practice by
 * @param taxId the 9-digit employer identification number
 */
public record InquiringProvider(String name, String npi, String taxId) {
    public InquiringProvider {
        Objects.requireNonNull(name, "name == null");
        Objects.requireNonNull(npi, "npi == null");
        Objects.requireNonNull(taxId, "taxId == null");
        if (name.isBlank()) {
            throw new IllegalArgumentException("name is blank");
        }
        if (!npi.matches("[0-9]{10}")) {
            throw new IllegalArgumentException("npi must be 10 digits");
        }
        if (!taxId.matches("[0-9]{9}")) {
            throw new IllegalArgumentException("taxId must be 9 digits");
        }
    }
}
