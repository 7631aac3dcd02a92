package org.practicekit.core.billing.claim;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.practicekit.core.model.Money;

/**
 * A payer's remittance advice (X12 835): the payment, the trace number, and how each claim was
 * adjudicated. Read one with {@code org.practicekit.x12.RemittanceReader} and post it
 * with {@link ClaimLedger#post(Remittance)}.
 *
 * @param payerName N1*PR name
 * @param payerId the payer's id (N1*PR identifier or TRN03), "" when absent
 * @param payment BPR02 total paid
 * @param paymentMethod BPR04: ACH, CHK, NON...
 * @param paymentDate BPR16 effective date
 * @param traceNumber TRN02 check or EFT trace number; posting is idempotent on it
 * @param claims each adjudicated claim
 * @param providerAdjustments PLB adjustments
 */
public record Remittance(String payerName, String payerId, Money payment, String paymentMethod, LocalDate paymentDate,
        String traceNumber, List<ClaimPayment> claims, List<ProviderAdjustment> providerAdjustments) {
    public Remittance {
        Objects.requireNonNull(payerName, "payerName == null");
        Objects.requireNonNull(payerId, "payerId == null");
        Objects.requireNonNull(payment, "payment == null");
        Objects.requireNonNull(paymentMethod, "paymentMethod == null");
        Objects.requireNonNull(paymentDate, "paymentDate == null");
        Objects.requireNonNull(traceNumber, "traceNumber == null");
        claims = List.copyOf(claims);
        providerAdjustments = List.copyOf(providerAdjustments);
    }

    /** True when the claim payments less provider adjustments add up to the payment (sum CLP04 - PLB = BPR02). */
    public boolean balances() {
        Money sum = Money.zero();
        for (ClaimPayment c : claims) {
            sum = sum.plus(c.paid());
        }
        for (ProviderAdjustment p : providerAdjustments) {
            sum = sum.minus(p.amount());
        }
        return sum.equals(payment);
    }
}
