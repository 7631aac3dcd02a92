package org.practicekit.core.billing.denial;

/** Who carries an adjusted amount, from the remittance's claim adjustment group code. */
public enum AdjustmentGroup {
    /** Contractual obligation: the practice writes it off and may not bill the client. */
    CO,
    /** Patient responsibility: bill the client or a secondary payer (deductible, coinsurance, copay). */
    PR,
    /** Other adjustment, when no other group applies. */
    OA,
    /** Payer-initiated reduction: not the client's responsibility, no contract basis. */
    PI,
    /** Correction or reversal (not used in 5010 remittances, read for completeness). */
    CR
}
