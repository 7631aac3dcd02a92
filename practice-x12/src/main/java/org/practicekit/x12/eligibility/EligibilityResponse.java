package org.practicekit.x12.eligibility;

import java.util.Objects;
import org.practicekit.core.spi.EligibilityResult;

/**
 * One answer of a 271: the trace number of the 270 it answers (TRN*2, "" when the payer did not echo
 * one), whether it is about a dependent (loop 2000D) rather than the subscriber, and the result.
 *
 * @param inquiryTrace the echoed 270 trace, or ""
 * @param dependent true for a 2000D answer
 * @param result what the payer said
 */
public record EligibilityResponse(String inquiryTrace, boolean dependent, EligibilityResult result) {
    public EligibilityResponse {
        Objects.requireNonNull(inquiryTrace, "inquiryTrace == null");
        Objects.requireNonNull(result, "result == null");
    }
}
