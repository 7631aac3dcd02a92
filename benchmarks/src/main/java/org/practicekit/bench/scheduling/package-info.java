/**
 * Fixtures for the waitlist assignment benchmark: a realistic random instance, the greedy
 * baseline and the Timefold Solver model of the same problem.
 */
@NullMarked
package org.practicekit.bench.scheduling;

import org.jspecify.annotations.NullMarked;
