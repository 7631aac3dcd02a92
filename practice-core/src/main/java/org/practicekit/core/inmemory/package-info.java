/**
 * Embedded defaults for every port, so the whole SDK runs in one JVM with no server: an EHR held in
 * memory, an outbox that keeps messages for the host to deliver, a staff queue for escalations, an
 * audit log, and an eligibility checker that asks staff to verify by hand.
 */
@NullMarked
package org.practicekit.core.inmemory;

import org.jspecify.annotations.NullMarked;
