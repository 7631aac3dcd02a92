/**
 * Reaching clients between sessions: the delivery policy every outbound message can pass through
 * (quiet hours in the client's zone, opt-out, channel preference, minimum-necessary content,
 * idempotent delivery with retries), and follow-ups driven by {@code due(now)}: homework check-ins,
 * between-session check-in forms and no-show follow-ups.
 */
@NullMarked
package org.practicekit.core.messaging.outreach;

import org.jspecify.annotations.NullMarked;
