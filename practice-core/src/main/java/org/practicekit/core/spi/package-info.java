/**
 * The ports PracticeKit talks to the outside world through: the EHR, eligibility, message channels,
 * the people who must be told at once, workflow storage and the audit log. Each has an in-memory
 * default in {@code org.practicekit.core.inmemory} or {@code org.practicekit.core.store} so the SDK
 * runs with no server; vendors plug in their own.
 */
@NullMarked
package org.practicekit.core.spi;

import org.jspecify.annotations.NullMarked;
