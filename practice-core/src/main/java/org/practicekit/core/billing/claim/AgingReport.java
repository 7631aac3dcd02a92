package org.practicekit.core.billing.claim;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import org.practicekit.core.model.Money;

/**
 * Outstanding claims by age on one day: count and outstanding amount per bucket.
 *
 * @param asOf the day the ages are counted to
 * @param counts claims per bucket (every bucket present)
 * @param amounts outstanding amount per bucket (every bucket present)
 */
public record AgingReport(LocalDate asOf, Map<AgingBucket, Integer> counts, Map<AgingBucket, Money> amounts) {
    public AgingReport {
        Objects.requireNonNull(asOf, "asOf == null");
        counts = Map.copyOf(counts);
        amounts = Map.copyOf(amounts);
    }

    public int count(AgingBucket bucket) {
        return counts.getOrDefault(bucket, 0);
    }

    public Money amount(AgingBucket bucket) {
        return amounts.getOrDefault(bucket, Money.zero());
    }
}
