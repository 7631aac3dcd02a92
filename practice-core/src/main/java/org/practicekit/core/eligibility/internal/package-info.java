/** Storage plumbing shared by the engines that keep eligibility answers. Not public API. */
@NullMarked
package org.practicekit.core.eligibility.internal;

import org.jspecify.annotations.NullMarked;
