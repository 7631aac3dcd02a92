package org.practicekit.core.intake;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of an intake case's history, described without PHI (no answers, names or scores).
 *
 * @param at when
 * @param type a stable code ("intake.packet-sent", "intake.follow-up-sent", "intake.routed")
 * @param description a sentence for staff
 */
public record IntakeEvent(Instant at, String type, String description) {
    public IntakeEvent {
        Objects.requireNonNull(at, "at == null");
        Objects.requireNonNull(type, "type == null");
        Objects.requireNonNull(description, "description == null");
    }
}
