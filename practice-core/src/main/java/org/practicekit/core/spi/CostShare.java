package org.practicekit.core.spi;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.practicekit.core.model.Money;

/**
 * What the client pays toward an outpatient mental-health visit on one network tier, as the payer
 * stated it: a copay per visit, a coinsurance share, and the deductible with what is left of it.
 * Each part is empty when the payer did not say.
 *
 * @param copay the amount per visit
 * @param coinsurancePercent the client's share in percent (20 for 20 %), 0 to 100
 * @param deductible the deductible for the benefit period
 * @param deductibleRemaining what is left of the deductible
 */
public record CostShare(Optional<Money> copay, Optional<BigDecimal> coinsurancePercent, Optional<Money> deductible,
        Optional<Money> deductibleRemaining) {
    private static final CostShare UNKNOWN = new CostShare(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty());

    public CostShare {
        Objects.requireNonNull(copay, "copay == null");
        Objects.requireNonNull(coinsurancePercent, "coinsurancePercent == null");
        Objects.requireNonNull(deductible, "deductible == null");
        Objects.requireNonNull(deductibleRemaining, "deductibleRemaining == null");
        coinsurancePercent.ifPresent(p -> {
            if (p.signum() < 0 || p.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new IllegalArgumentException("coinsurancePercent must be 0 to 100");
            }
        });
    }

    /** Nothing known. */
    public static CostShare unknown() {
        return UNKNOWN;
    }

    public CostShare withCopay(Money amount) {
        return new CostShare(Optional.of(amount), coinsurancePercent, deductible, deductibleRemaining);
    }

    public CostShare withCoinsurancePercent(BigDecimal percent) {
        return new CostShare(copay, Optional.of(percent), deductible, deductibleRemaining);
    }

    public CostShare withDeductible(Money amount) {
        return new CostShare(copay, coinsurancePercent, Optional.of(amount), deductibleRemaining);
    }

    public CostShare withDeductibleRemaining(Money amount) {
        return new CostShare(copay, coinsurancePercent, deductible, Optional.of(amount));
    }

    /** True when the payer said nothing about this tier. */
    public boolean isUnknown() {
        return equals(UNKNOWN);
    }
}
