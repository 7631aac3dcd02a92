/**
 * Testing eligibility adapters: the clearinghouse contract suite every 270/271 adapter runs
 * ({@link org.practicekit.testing.eligibility.ClearinghouseContract}), the recorded 271 shapes it uses
 * ({@link org.practicekit.testing.eligibility.Recorded271}), and a MockWebServer clearinghouse stand-in
 * ({@link org.practicekit.testing.eligibility.RecordedClearinghouse}) for demos and vendors' own tests.
 */
@NullMarked
package org.practicekit.testing.eligibility;

import org.jspecify.annotations.NullMarked;
