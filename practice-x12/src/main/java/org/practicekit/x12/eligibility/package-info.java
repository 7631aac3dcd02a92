/**
 * Real-time eligibility over X12 270/271 (005010X279A1):
 * {@link org.practicekit.x12.eligibility.ClearinghouseEligibilityChecker} asks a clearinghouse through an
 * {@link org.practicekit.x12.eligibility.X12Transport},
 * {@link org.practicekit.x12.eligibility.EligibilityInquiryWriter} writes the 270 and
 * {@link org.practicekit.x12.eligibility.EligibilityResponseReader} maps a 271 into
 * {@link org.practicekit.core.spi.EligibilityResult}s.
 */
@NullMarked
package org.practicekit.x12.eligibility;

import org.jspecify.annotations.NullMarked;
