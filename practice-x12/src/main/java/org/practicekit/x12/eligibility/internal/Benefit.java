package org.practicekit.x12.eligibility.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.practicekit.core.model.Money;

/**
 * One EB segment of a 271 (loop 2110C/D) as read, with the visits of an HSD that follows it.
 *
 * @param code EB01 eligibility or benefit code (1 active, 6 inactive, A coinsurance, B copay, C deductible, F limitation, I non-covered, U contact entity)
 * @param coverageLevel EB02 (IND, FAM, ...), "" when absent
 * @param serviceTypes EB03, every repetition
 * @param period EB06 time period qualifier (23 calendar year, 27 visit, 29 remaining, ...), "" when absent
 * @param amount EB07
 * @param percent EB08 as sent (a fraction: .2 is 20 %)
 * @param quantityQualifier EB09 (VS visits), "" when absent
 * @param quantity EB10
 * @param authorizationRequired EB11 (Y, N, U), "" when absent
 * @param inNetwork EB12 (Y, N, W both, U), "" when absent
 */
public record Benefit(String code, String coverageLevel, List<String> serviceTypes, String period, Optional<Money> amount,
        Optional<BigDecimal> percent, String quantityQualifier, Optional<BigDecimal> quantity,
        String authorizationRequired, String inNetwork) {
    public Benefit {
        serviceTypes = List.copyOf(serviceTypes);
    }

    /** True when the benefit applies to the tier: Y/W/U/absent in network, N/W out of network. */
    boolean appliesTo(boolean inNetworkTier) {
        return inNetworkTier ? !inNetwork.equals("N") : inNetwork.equals("N") || inNetwork.equals("W");
    }

    boolean isStatus() {
        return code.length() == 1 && "12345678".contains(code);
    }

    boolean isActive() {
        return code.length() == 1 && "12345".contains(code);
    }

    boolean isInactive() {
        return code.equals("6") || code.equals("7") || code.equals("8");
    }

    /** A remaining amount or count (EB06 29 remaining, 33 lifetime remaining). */
    boolean isRemaining() {
        return period.equals("29") || period.equals("33");
    }
}
