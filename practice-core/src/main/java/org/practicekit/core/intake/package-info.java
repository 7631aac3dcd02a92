/**
 * Intake: what a practice asks of a new client (an {@link org.practicekit.core.intake.IntakePacket}
 * of forms, consents, insurance requirements and a reminder policy) and the
 * {@link org.practicekit.core.intake.IntakeWorkflow} that takes an inquiry to a complete, screened,
 * verified client in the EHR, with every transition stored before its side effects.
 */
@NullMarked
package org.practicekit.core.intake;

import org.jspecify.annotations.NullMarked;
