/** Plumbing for the 270/271 code: the reject reason table, benefit mapping and the answer cache. Not public API. */
@NullMarked
package org.practicekit.x12.eligibility.internal;

import org.jspecify.annotations.NullMarked;
