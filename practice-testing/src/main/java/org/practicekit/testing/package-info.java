/**
 * What vendors put in their own tests: a clock they can advance, recording and failing versions of
 * the ports, scripted eligibility, and the contract suites every adapter must pass.
 */
@NullMarked
package org.practicekit.testing;

import org.jspecify.annotations.NullMarked;
