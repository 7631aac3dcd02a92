package org.practicekit.core.billing.claim;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.practicekit.core.billing.denial.Adjustment;
import org.practicekit.core.model.Money;

/**
 * How the payer adjudicated one service line (835 loop 2110: SVC, DTM*472, CAS, LQ*HE, AMT*B6).
 *
 * @param code the CPT code paid
 * @param modifiers the modifiers on the paid line
 * @param charge the billed amount
 * @param paid the amount paid for the line
 * @param units the units paid
 * @param serviceDate the date of service when given
 * @param adjustments the line's adjustments, each carrying the line's remark codes
 */
public record ServicePayment(String code, List<String> modifiers, Money charge, Money paid, int units,
        Optional<LocalDate> serviceDate, List<Adjustment> adjustments) {
    public ServicePayment {
        Objects.requireNonNull(code, "code == null");
        Objects.requireNonNull(charge, "charge == null");
        Objects.requireNonNull(paid, "paid == null");
        Objects.requireNonNull(serviceDate, "serviceDate == null");
        modifiers = List.copyOf(modifiers);
        adjustments = List.copyOf(adjustments);
    }
}
