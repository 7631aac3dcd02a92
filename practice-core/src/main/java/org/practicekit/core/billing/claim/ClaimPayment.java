package org.practicekit.core.billing.claim;

import java.util.List;
import java.util.Objects;
import org.practicekit.core.billing.denial.Adjustment;
import org.practicekit.core.model.Money;

/**
 * How the payer adjudicated one claim (835 loop 2100 CLP with its CAS and 2110 service lines).
 *
 * @param claimId the practice's claim id (CLP01, the patient control number sent in CLM01)
 * @param statusCode CLP02: 1, 2, 3 processed as primary, secondary, tertiary; 4 denied; 22 reversal
 * @param charge CLP03 billed amount
 * @param paid CLP04 amount paid
 * @param patientResponsibility CLP05
 * @param payerClaimNumber CLP07 payer's own claim number ("" when absent)
 * @param claimAdjustments claim-level CAS adjustments
 * @param services the service lines
 */
public record ClaimPayment(String claimId, String statusCode, Money charge, Money paid, Money patientResponsibility,
        String payerClaimNumber, List<Adjustment> claimAdjustments, List<ServicePayment> services) {
    public ClaimPayment {
        Objects.requireNonNull(claimId, "claimId == null");
        Objects.requireNonNull(statusCode, "statusCode == null");
        Objects.requireNonNull(charge, "charge == null");
        Objects.requireNonNull(paid, "paid == null");
        Objects.requireNonNull(patientResponsibility, "patientResponsibility == null");
        Objects.requireNonNull(payerClaimNumber, "payerClaimNumber == null");
        claimAdjustments = List.copyOf(claimAdjustments);
        services = List.copyOf(services);
    }

    /** True when the payer denied the whole claim (CLP02 = 4). */
    public boolean deniedByStatus() {
        return "4".equals(statusCode);
    }

    /** True when this entry reverses an earlier payment (CLP02 = 22). */
    public boolean isReversal() {
        return "22".equals(statusCode);
    }
}
