package org.practicekit.core.billing.denial;

import java.util.Objects;
import java.util.Optional;
import org.practicekit.core.model.Money;

/**
 * A flagged adjustment on a claim: what it means, its category, and what staff should do next. Flags
 * with {@link #isDenial()} false (patient responsibility, contractual write-offs) are informational.
 *
 * @param claimId the practice's claim id (patient control number)
 * @param serviceCode the CPT code of the line, or "" for a claim-level adjustment
 * @param adjustment the adjustment as read from the remittance
 * @param category the kind of problem
 * @param meaning a plain paraphrase of the reason (and remark) codes
 * @param action the recommended next action
 */
public record DenialFlag(String claimId, String serviceCode, Adjustment adjustment, DenialCategory category, String meaning,
        String action) {
    public DenialFlag {
        Objects.requireNonNull(claimId, "claimId == null");
        Objects.requireNonNull(serviceCode, "serviceCode == null");
        Objects.requireNonNull(adjustment, "adjustment == null");
        Objects.requireNonNull(category, "category == null");
        Objects.requireNonNull(meaning, "meaning == null");
        Objects.requireNonNull(action, "action == null");
    }

    public boolean isDenial() {
        return category.isDenial();
    }

    public Money amount() {
        return adjustment.amount();
    }

    /** The line's CPT code, empty for a claim-level adjustment. */
    public Optional<String> line() {
        return serviceCode.isEmpty() ? Optional.empty() : Optional.of(serviceCode);
    }

    /** One sentence for staff: "CO-197 on 90837 (150.00 USD): ... Next: ...". */
    public String summary() {
        return adjustment.label() + (adjustment.remarkCodes().isEmpty() ? "" : "/" + String.join("/", adjustment.remarkCodes()))
                + (serviceCode.isEmpty() ? "" : " on " + serviceCode) + " (" + adjustment.amount() + "): " + meaning
                + ". Next: " + action;
    }
}
