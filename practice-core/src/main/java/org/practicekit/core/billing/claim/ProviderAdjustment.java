package org.practicekit.core.billing.claim;

import java.util.Objects;
import org.practicekit.core.model.Money;

/**
 * A provider-level adjustment (835 PLB), e.g. an interest payment or a recovered overpayment.
 * A positive amount reduces the payment; a negative amount increases it.
 */
public record ProviderAdjustment(String reasonCode, String reference, Money amount) {
    public ProviderAdjustment {
        Objects.requireNonNull(reasonCode, "reasonCode == null");
        Objects.requireNonNull(reference, "reference == null");
        Objects.requireNonNull(amount, "amount == null");
    }
}
