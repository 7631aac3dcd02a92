package org.practicekit.core.billing.auth;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.practicekit.core.spi.AuditEvent;

/**
 * A staff member's decision to book despite an authorization problem, e.g. while an extension is
 * pending. Audited. The reason must not contain PHI.
 */
public record StaffOverride(String staffId, String reason) {
    public StaffOverride {
        Objects.requireNonNull(staffId, "staffId == null");
        Objects.requireNonNull(reason, "reason == null");
        if (staffId.isBlank() || reason.isBlank()) {
            throw new IllegalArgumentException("an override names the staff member and a reason");
        }
    }

    /**
     * The audit record of this override: the staff member, whose session, which authorization, the
     * reason and the problems it overrode (codes, never PHI).
     */
    public AuditEvent auditEvent(Instant at, SessionRequest session, AuthorizationCheck check) {
        return new AuditEvent(at, staffId, "authorization.override", session.clientId().value(), check.authorizationNumber(),
                Set.of(), Map.of("reason", reason, "session", session.sessionKey(), "problems",
                        check.problems().stream().map(Enum::name).collect(Collectors.joining(","))));
    }
}
