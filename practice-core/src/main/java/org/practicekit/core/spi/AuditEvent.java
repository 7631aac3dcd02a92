package org.practicekit.core.spi;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * One audited action: who did what to whose record, where it went, and which categories of PHI
 * were involved. Never the PHI itself: {@code details} hold counts, hashes, codes and ids.
 *
 * @param at when
 * @param actor who acted: a user id, or "practicekit" for the SDK itself
 * @param action what happened ("llm.disclosure", "ehr.intake.routed", "message.sent")
 * @param subject whose record (a client id), or "" when none
 * @param target where data went (an endpoint or system name), or "" when it stayed inside
 * @param categories PHI categories involved ("PERSON", "DATE", "PHONE"…), possibly empty
 * @param details PHI-free facts: counts, hashes, codes
 */
public record AuditEvent(Instant at, String actor, String action, String subject, String target,
        Set<String> categories, Map<String, String> details) {
    public AuditEvent {
        Objects.requireNonNull(at, "at == null");
        Objects.requireNonNull(actor, "actor == null");
        Objects.requireNonNull(action, "action == null");
        Objects.requireNonNull(subject, "subject == null");
        Objects.requireNonNull(target, "target == null");
        categories = Set.copyOf(categories);
        details = Map.copyOf(details);
        if (action.isBlank()) {
            throw new IllegalArgumentException("action is blank");
        }
    }

    /** An event with no PHI categories and no details. */
    public static AuditEvent of(Instant at, String actor, String action, String subject, String target) {
        return new AuditEvent(at, actor, action, subject, target, Set.of(), Map.of());
    }

    /** The action of {@link #escalationRaised}: a task handed to a person. */
    public static final String ESCALATION_RAISED = "escalation.raised";

    /**
     * The record of a task handed to a person through {@code HumanEscalation}: whose record, the category,
     * urgency and key; never the summary or details, which may be clinical.
     */
    public static AuditEvent escalationRaised(Instant at, Escalation e) {
        return new AuditEvent(at, "practicekit", ESCALATION_RAISED, e.clientId().map(c -> c.value()).orElse(""), "staff",
                Set.of(), Map.of("category", e.category(), "urgency", e.urgency().name(), "key", e.idempotencyKey()));
    }

    /** Details sorted by key, for stable display. */
    public Map<String, String> sortedDetails() {
        return new TreeMap<>(details);
    }
}
