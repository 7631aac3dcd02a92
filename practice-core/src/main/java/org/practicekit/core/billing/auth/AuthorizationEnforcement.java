package org.practicekit.core.billing.auth;

/**
 * What a booking does when its authorization check blocks: refuse it unless a staff member overrides
 * ({@link #BLOCK}), or book it and audit the warning for staff to follow up ({@link #WARN}). An
 * override is audited with its reason either way.
 */
public enum AuthorizationEnforcement {
    /** Refuse the booking unless it carries a {@link StaffOverride}. */
    BLOCK,
    /** Book it and audit {@code appointment.authorization-warning} with the problems. */
    WARN
}
