/**
 * Scheduling and the waitlist: availability rules per clinician, the appointment book (booking,
 * holds, cancellations, no-shows, reschedule offers, recurring series, reminders), optimal slot
 * matching and waitlist offers that cascade on decline or expiry. Engines keep their state in a
 * {@link org.practicekit.core.spi.WorkflowStore} and do later work in {@code due(Instant now)}.
 */
@NullMarked
package org.practicekit.core.scheduling;

import org.jspecify.annotations.NullMarked;
