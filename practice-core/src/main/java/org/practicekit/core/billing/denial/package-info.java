/**
 * Denial flags from remittance adjustments: each group code + CARC + RARC + amount becomes a
 * {@link org.practicekit.core.billing.denial.DenialFlag} with a category and the recommended next action.
 */
@NullMarked
package org.practicekit.core.billing.denial;

import org.jspecify.annotations.NullMarked;
