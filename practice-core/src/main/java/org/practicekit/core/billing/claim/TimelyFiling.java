package org.practicekit.core.billing.claim;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.practicekit.core.model.Coverage;
import org.practicekit.core.model.PayerKind;

/**
 * How long after the date of service each payer accepts a claim. Limits are per payer kind with
 * per-payer overrides, because every contract differs; the defaults (Medicare 365 days, Medicaid 180,
 * commercial 90) are common values to replace with the practice's contracts. Immutable.
 */
public final class TimelyFiling {
    private final Map<PayerKind, Integer> days;
    private final Map<String, Integer> payerDays;

    private TimelyFiling(Map<PayerKind, Integer> days, Map<String, Integer> payerDays) {
        this.days = Map.copyOf(days);
        this.payerDays = Map.copyOf(payerDays);
    }

    /** Medicare 365 days, Medicaid 180, commercial 90, no per-payer overrides. */
    public static TimelyFiling standard() {
        Map<PayerKind, Integer> d = new EnumMap<>(PayerKind.class);
        d.put(PayerKind.MEDICARE, 365);
        d.put(PayerKind.MEDICAID, 180);
        d.put(PayerKind.COMMERCIAL, 90);
        return new TimelyFiling(d, Map.of());
    }

    /** These limits with {@code kind} set to {@code limitDays}. */
    public TimelyFiling withLimit(PayerKind kind, int limitDays) {
        requirePositive(limitDays);
        Map<PayerKind, Integer> d = new EnumMap<>(days);
        d.put(Objects.requireNonNull(kind, "kind == null"), limitDays);
        return new TimelyFiling(d, payerDays);
    }

    /** These limits with one payer (by electronic payer id) set to {@code limitDays}. */
    public TimelyFiling withPayerLimit(String payerId, int limitDays) {
        requirePositive(limitDays);
        Map<String, Integer> p = new HashMap<>(payerDays);
        p.put(Objects.requireNonNull(payerId, "payerId == null"), limitDays);
        return new TimelyFiling(days, p);
    }

    private static void requirePositive(int limitDays) {
        if (limitDays < 1) {
            throw new IllegalArgumentException("a filing limit is at least one day");
        }
    }

    /** The filing limit in days for a coverage. */
    public int limitDays(Coverage coverage) {
        Integer specific = payerDays.get(coverage.payerId());
        return specific != null ? specific : days.get(coverage.payerKind());
    }

    /** The last day a claim for {@code serviceDate} under {@code coverage} may be filed. */
    public LocalDate deadline(Coverage coverage, LocalDate serviceDate) {
        return serviceDate.plusDays(limitDays(coverage));
    }
}
