/**
 * Eligibility over time: {@link org.practicekit.core.eligibility.EligibilityWatch} re-checks a client's
 * coverage before sessions and at an interval through {@code due(now)}, and turns a lapsed coverage,
 * a used-up visit limit or a new prior-authorization requirement into a staff item before the session.
 */
@NullMarked
package org.practicekit.core.eligibility;

import org.jspecify.annotations.NullMarked;
