package org.practicekit.core.billing.auth;

/** Why a session does not fit a prior authorization. Each one blocks a booking unless staff override it. */
public enum AuthorizationProblem {
    /** The payer requires an authorization and none is on file for this client. */
    NO_AUTHORIZATION,
    /** The session would use more units than remain. */
    UNITS_EXCEEDED,
    /** The session is before the authorization starts. */
    BEFORE_START,
    /** The session is after the authorization ends. */
    AFTER_END,
    /** The authorization does not cover this CPT code. */
    CODE_NOT_COVERED,
    /** The authorization was issued for another rendering clinician. */
    PROVIDER_MISMATCH
}
