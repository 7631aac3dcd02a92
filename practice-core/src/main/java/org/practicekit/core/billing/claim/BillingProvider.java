package org.practicekit.core.billing.claim;

import java.util.Objects;
import org.practicekit.core.model.Address;

/**
 * The practice as it bills: legal name, group NPI, tax id (EIN), provider taxonomy and the billing
 * address (a street address, not a PO box).
 */
public record BillingProvider(String name, String npi, String taxId, String taxonomy, Address address) {
    public BillingProvider {
        Objects.requireNonNull(name, "name == null");
        Objects.requireNonNull(npi, "npi == null");
        Objects.requireNonNull(taxId, "taxId == null");
        Objects.requireNonNull(taxonomy, "taxonomy == null");
        Objects.requireNonNull(address, "address == null");
        if (name.isBlank()) {
            throw new IllegalArgumentException("name is blank");
        }
        if (!npi.matches("[0-9]{10}")) {
            throw new IllegalArgumentException("NPI must be 10 digits");
        }
        if (!taxId.matches("[0-9]{9}")) {
            throw new IllegalArgumentException("tax id must be 9 digits");
        }
        if (!taxonomy.matches("[0-9A-Z]{9}X")) {
            throw new IllegalArgumentException("taxonomy must be a 10-character provider taxonomy code");
        }
    }
}
