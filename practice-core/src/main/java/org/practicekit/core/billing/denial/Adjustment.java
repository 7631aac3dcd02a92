package org.practicekit.core.billing.denial;

import java.util.List;
import java.util.Objects;
import org.practicekit.core.model.Money;

/**
 * One adjustment from a remittance (835 CAS): the group, the claim adjustment reason code (CARC), the
 * amount, and the remark codes (RARC) the payer attached to the same claim or line.
 *
 * @param group who carries the amount
 * @param reasonCode the CARC, e.g. "197" or "B7"
 * @param amount the adjusted amount (negative for a reversal)
 * @param remarkCodes RARCs such as "M62", possibly empty
 */
public record Adjustment(AdjustmentGroup group, String reasonCode, Money amount, List<String> remarkCodes) {
    public Adjustment {
        Objects.requireNonNull(group, "group == null");
        Objects.requireNonNull(reasonCode, "reasonCode == null");
        Objects.requireNonNull(amount, "amount == null");
        Objects.requireNonNull(remarkCodes, "remarkCodes == null");
        if (!reasonCode.matches("[0-9A-Z]{1,3}")) {
            throw new IllegalArgumentException("a reason code is one to three letters or digits");
        }
        remarkCodes = List.copyOf(remarkCodes);
    }

    /** An adjustment without remark codes. */
    public static Adjustment of(AdjustmentGroup group, String reasonCode, Money amount) {
        return new Adjustment(group, reasonCode, amount, List.of());
    }

    /** "CO-197" style label. */
    public String label() {
        return group + "-" + reasonCode;
    }
}
