package org.practicekit.core.spi;

/**
 * Asks a payer (directly or through a clearinghouse, X12 270/271) whether a client's coverage is
 * active. An answer the payer could not give is {@link EligibilityResult.Status#UNKNOWN}, not an
 * exception; transport failures throw {@link org.practicekit.core.RetriableException}.
 */
public interface EligibilityChecker {
    EligibilityResult check(EligibilityRequest request);
}
