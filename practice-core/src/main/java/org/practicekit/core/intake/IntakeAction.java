package org.practicekit.core.intake;

import java.time.Instant;
import java.util.Objects;

/**
 * A side effect the workflow carried out for a case: a message sent, a person notified, an
 * eligibility check, the EHR write, the first appointment confirmed.
 *
 * @param caseId the intake case
 * @param type a stable code ("intake.reminder", "intake.escalation", "intake.ehr-routed")
 * @param idempotencyKey the key the side effect carried
 * @param at when it was carried out
 */
public record IntakeAction(String caseId, String type, String idempotencyKey, Instant at) {
    public IntakeAction {
        Objects.requireNonNull(caseId, "caseId == null");
        Objects.requireNonNull(type, "type == null");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey == null");
        Objects.requireNonNull(at, "at == null");
    }
}
