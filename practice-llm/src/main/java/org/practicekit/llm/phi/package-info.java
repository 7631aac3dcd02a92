/**
 * PHI detection and the guard every prompt passes through: {@link org.practicekit.llm.phi.PhiDetector}
 * implementations (in-process patterns, a Presidio analyzer client, a union of both) and
 * {@link org.practicekit.llm.phi.PhiGuard}, which pseudonymizes, fails closed and audits.
 */
@NullMarked
package org.practicekit.llm.phi;

import org.jspecify.annotations.NullMarked;
