package org.practicekit.core.billing.auth;

import java.util.Objects;

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
}
