package org.practicekit.core.billing.claim;

import java.util.List;
import java.util.Objects;
import org.practicekit.core.billing.CptLine;
import org.practicekit.core.model.Money;

/**
 * One service line of a claim: the CPT line (code, units, modifiers), its charge, and which of the
 * claim's diagnosis codes it points to (1-based, at most four, the first is the primary).
 */
public record ClaimLine(CptLine service, Money charge, List<Integer> diagnosisPointers) {
    public ClaimLine {
        Objects.requireNonNull(service, "service == null");
        Objects.requireNonNull(charge, "charge == null");
        Objects.requireNonNull(diagnosisPointers, "diagnosisPointers == null");
        diagnosisPointers = List.copyOf(diagnosisPointers);
        if (charge.isNegative()) {
            throw new IllegalArgumentException("charge must not be negative");
        }
        if (diagnosisPointers.isEmpty() || diagnosisPointers.size() > 4) {
            throw new IllegalArgumentException("a line points to one to four diagnoses");
        }
        for (int p : diagnosisPointers) {
            if (p < 1 || p > 12) {
                throw new IllegalArgumentException("a diagnosis pointer is between 1 and 12");
            }
        }
    }

    /** A line pointing to the first diagnosis. */
    public static ClaimLine of(CptLine service, Money charge) {
        return new ClaimLine(service, charge, List.of(1));
    }

    public String code() {
        return service.code();
    }
}
