/**
 * Client messaging: every inbound message is assessed for risk first and, when any indicator is
 * found, handed to a person through {@link org.practicekit.core.spi.HumanEscalation} before anything
 * else happens; other messages are routed to the queue that handles them, never answered
 * automatically.
 */
@NullMarked
package org.practicekit.core.messaging;

import org.jspecify.annotations.NullMarked;
