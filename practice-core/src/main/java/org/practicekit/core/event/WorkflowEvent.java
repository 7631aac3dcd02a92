package org.practicekit.core.event;

import java.time.Instant;
import java.util.Objects;

/**
 * Something that happened in a workflow, described without PHI.
 *
 * @param at when
 * @param workflow which engine ("intake", "scheduling", "notes", "billing", "messaging")
 * @param recordId the workflow record (case id, appointment id), never a name
 * @param type a stable code ("intake.packet-sent", "appointment.cancelled")
 * @param description a PHI-free sentence for an operator
 */
public record WorkflowEvent(Instant at, String workflow, String recordId, String type, String description) {
    public WorkflowEvent {
        Objects.requireNonNull(at, "at == null");
        Objects.requireNonNull(workflow, "workflow == null");
        Objects.requireNonNull(recordId, "recordId == null");
        Objects.requireNonNull(type, "type == null");
        Objects.requireNonNull(description, "description == null");
    }
}
